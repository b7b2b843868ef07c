import { auditLog, messages, noticeCc, noticeRecipients, notices, noticeSends } from '../../../db/schema';
import { type Role, ROLES, type SchoolFixture, seedSchool, signInAll } from '../home-school/fixture';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';

/**
 * Two schools seeded as in the home-school tests (A-001 and B-002: 李老師 teaches 小三甲班 and
 * 小三乙班; 陳媽媽 has 陳嘉欣 in 小三甲班 and 陳嘉豪 in 小一甲班), every role signed in to A,
 * plus 張老師 (`cc`), the teacher the tests CC.
 */
export type NoticeRole = Role | 'cc';
export const NOTICE_ROLES: NoticeRole[] = [...ROLES, 'cc'];

export interface NoticeWorld {
  env: TestEnv;
  A: SchoolFixture;
  B: SchoolFixture;
  agents: Record<NoticeRole, Agent>;
}

export async function noticeWorld(): Promise<NoticeWorld> {
  const env = await createTestEnv();
  const A = await seedSchool(env, 'A-001');
  const B = await seedSchool(env, 'B-002');
  const agents = (await signInAll(env, 'A-001')) as Record<NoticeRole, Agent>;
  agents.cc = env.agent('A-001');
  await agents.cc.signIn('zhang', 'password3');
  return { env, A, B, agents };
}

export const cls = (f: SchoolFixture, name = '小三甲班'): string => f.hs.classes[name];

/** A notice body to 小三甲班's parents, with what the test changes. */
export function noticeBody(f: SchoolFixture, over: Record<string, unknown> = {}) {
  return {
    title: '家長會通知',
    content: '<p>請於星期五出席家長會。</p>',
    recipients: { classIds: [cls(f)], audience: 'parents' },
    ...over,
  };
}

/** A two-question form: a required single choice and an optional short answer. */
export const FORM = [
  { type: 'single', text: '能否出席？', required: true, options: [{ text: '能', translations: { en: 'Yes' } }, { text: '不能', translations: { en: 'No' } }], translations: { en: 'Can you come?' } },
  { type: 'short', text: '備註', translations: { en: 'Notes' } },
];

/** Sends a notice as `agent` and returns its id (fails the test otherwise). */
export async function send(agent: Agent, body: unknown): Promise<string> {
  const res = await agent.post('notices', body);
  if (res.status !== 201) throw new Error(`send failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

/** Row counts of the tables a notice writes, to prove a refusal changed nothing. */
export async function tableCounts(env: TestEnv, code: string) {
  const { db } = await env.ctx(code);
  return {
    notices: await db.$count(notices),
    recipients: await db.$count(noticeRecipients),
    cc: await db.$count(noticeCc),
    sends: await db.$count(noticeSends),
    messages: await db.$count(messages),
    audit: await db.$count(auditLog),
  };
}

/** Back-office sessions end after 2 h idle: after moving the clock, staff sign in again. */
export async function refreshStaff(w: NoticeWorld): Promise<void> {
  const logins: [NoticeRole, string, string][] = [
    ['teacher', 'teacher', 'password2'],
    ['cc', 'zhang', 'password3'],
    ['scopedIn', 'scopedin', 'password4'],
    ['scopedOut', 'scopedout', 'password7'],
    ['super', 'super', 'password5'],
    ['creator', 'admin', 'password1'],
  ];
  for (const [role, login, password] of logins) await w.agents[role].signIn(login, password);
}

/** Uploads a small file as `agent` and returns its id. */
export async function upload(agent: Agent, name: string, kind: 'png' | 'text' = 'png'): Promise<string> {
  const bytes = kind === 'png' ? new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) : new TextEncoder().encode('hello, notice');
  const res = await agent.raw('POST', `files?name=${encodeURIComponent(name)}`, {
    body: bytes,
    headers: { 'content-type': kind === 'png' ? 'image/png' : 'text/plain' },
  });
  const body = await res.json();
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${JSON.stringify(body)}`);
  return body.id;
}
