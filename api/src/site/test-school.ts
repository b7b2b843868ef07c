import { gradientPng } from '../../../db/seed/demo-site';
import type { Agent } from '../test/agent';
import type { TestEnv } from '../test/harness';

/**
 * A school for the micro-site tests (test-only helper): one member of each role the site
 * tells apart, signed in on the back-office (staff) or the phone (parents, students, and one
 * teacher on the phone for WEB-06).
 */
export type Role = 'anonymous' | 'parent' | 'student' | 'teacher' | 'teacher2' | 'clerk' | 'scopedSite' | 'scopedOther' | 'super' | 'creator';
export const ROLES: Role[] = ['anonymous', 'parent', 'student', 'teacher', 'teacher2', 'clerk', 'scopedSite', 'scopedOther', 'super', 'creator'];
/** Those who manage the whole site: super admins and the scoped admin whose apps include `site`. */
export const SITE_ADMINS: Role[] = ['scopedSite', 'super', 'creator'];
/** Staff who write (their own) articles. */
export const WRITERS: Role[] = ['teacher', 'teacher2', 'clerk', 'scopedOther', ...SITE_ADMINS];

export interface SiteSchool {
  code: string;
  ids: Record<Exclude<Role, 'anonymous'>, string>;
}

const PASSWORDS: Partial<Record<Role, [string, string]>> = {
  teacher: ['teacher', 'pw-teacher'],
  teacher2: ['teacher2', 'pw-teacher2'],
  clerk: ['clerk', 'pw-clerk'],
  scopedSite: ['scopedsite', 'pw-scopedsite'],
  scopedOther: ['scopedother', 'pw-scopedother'],
  super: ['super', 'pw-super'],
  creator: ['admin', 'password1'],
};

export async function seedSiteSchool(env: TestEnv, code: string): Promise<SiteSchool> {
  await env.school(code);
  const ctx = await env.ctx(code);
  const staff = (name: string, role: Role, phone: string, extra = {}) => {
    const [account, password] = PASSWORDS[role] ?? ['', ''];
    return env.addMember(code, { kind: 'staff', name, account, password, phone, isTeacher: true, ...extra });
  };
  const creator = (await ctx.db.query.members.findFirst({ where: (m, { eq }) => eq(m.adminRole, 'creator') }))?.id ?? '';
  const ids = {
    creator,
    teacher: await staff('李老師', 'teacher', '66000002'),
    teacher2: await staff('張老師', 'teacher2', '66000003'),
    clerk: await staff('梁文員', 'clerk', '66000004', { isTeacher: false, isStaff: true }),
    scopedSite: await staff('網站管理員', 'scopedSite', '66000005', { adminRole: 'scoped', scope: { apps: ['site'] } }),
    scopedOther: await staff('通知管理員', 'scopedOther', '66000006', { adminRole: 'scoped', scope: { apps: ['notices'] } }),
    super: await staff('超管', 'super', '66000007', { adminRole: 'super' }),
    parent: await env.addMember(code, { kind: 'parent', name: '黃爸爸', phone: '66000101' }),
    student: await env.addMember(code, { kind: 'student', name: '黃小明', phone: '66000201' }),
  };
  return { code, ids };
}

/** One agent per role of `code`: staff on the back-office, parents and students on the phone. */
export async function signInAll(env: TestEnv, code: string): Promise<Record<Role, Agent>> {
  const agents = Object.fromEntries(ROLES.map((r) => [r, env.agent(code)])) as Record<Role, Agent>;
  for (const role of ROLES) {
    const login = PASSWORDS[role];
    if (login) await expectOk(await agents[role].signIn(...login), role);
  }
  await expectOk(await agents.parent.signInWithCode('853', '66000101', (p) => env.sms.lastCode(p)), 'parent');
  await expectOk(await agents.student.signInWithCode('853', '66000201', (p) => env.sms.lastCode(p)), 'student');
  return agents;
}

/** The teacher signed in on the phone (WeCom): a mobile session (WEB-06). */
export async function mobileTeacher(env: TestEnv, code: string): Promise<Agent> {
  env.clock.advance(61_000);
  const agent = env.agent(code);
  await expectOk(await agent.signInWithCode('853', '66000002', (p) => env.sms.lastCode(p)), 'mobile teacher');
  return agent;
}

function expectOk(res: { status: number; body: unknown }, who: string): void {
  if (res.status >= 300) throw new Error(`sign-in of ${who} failed: ${res.status} ${JSON.stringify(res.body)}`);
}

/** A small PNG of the given colours. */
export const png = (color = '#0d5470') => gradientPng(8, 8, [color, '#ffffff']);

/** Uploads bytes through POST /files and answers the new file's id. */
export async function upload(agent: Agent, bytes: Uint8Array<ArrayBuffer> | string, name = 'picture.png', type = 'image/png'): Promise<string> {
  const res = await agent.raw('POST', `files?name=${encodeURIComponent(name)}`, { body: bytes, headers: { 'content-type': type } });
  const body = (await res.json()) as { id?: string };
  if (res.status !== 201 || !body.id) throw new Error(`upload failed: ${res.status} ${JSON.stringify(body)}`);
  return body.id;
}

/** Creates an article type as `admin` and answers its id. */
export async function newType(admin: Agent, name: string, enabled = true): Promise<string> {
  const res = await admin.post('site/types', { name, enabled });
  if (res.status !== 201) throw new Error(`type: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

/** Writes an article as `writer` and answers its id. */
export async function newArticle(writer: Agent, input: Record<string, unknown>): Promise<string> {
  const res = await writer.post('site/articles', { title: '標題', content: '<p>內容</p>', status: 'published', ...input });
  if (res.status !== 201) throw new Error(`article: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}
