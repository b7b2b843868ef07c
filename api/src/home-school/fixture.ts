import { type DemoHomeSchoolIds, seedDemoHomeSchool } from '../../../db/seed/demo-home-school';
import type { Agent } from '../test/agent';
import type { TestEnv } from '../test/harness';

/**
 * A school for the home-school tests: the demo's staff, families and contacts (the same seed
 * as `npm start`), plus a scoped admin whose scope holds 小三甲班 (in scope for 黃小明) and one
 * whose scope holds 小一乙班 (out of it), a super admin and a plain staff member.
 */

export type Role = 'anonymous' | 'parent' | 'student' | 'teacher' | 'scopedIn' | 'scopedOut' | 'super' | 'creator';
export const ROLES: Role[] = ['anonymous', 'parent', 'student', 'teacher', 'scopedIn', 'scopedOut', 'super', 'creator'];

export interface SchoolFixture {
  code: string;
  hs: DemoHomeSchoolIds;
  members: {
    teacher: string;
    zhang: string;
    clerk: string;
    super: string;
    scopedIn: string;
    scopedOut: string;
    parents: Record<string, string>;
    students: Record<string, string>;
  };
}

export const PARENT_PHONES = { huang: '66000101', chan: '66000102', lam: '66000103', ng: '66000104' };
export const STUDENT_PHONES = { huang: '66000201', chan: '66000202', lam: '66000203' };
const PARENT_NAMES: Record<string, string> = { '66000101': '黃爸爸', '66000102': '陳媽媽', '66000103': '林爸爸', '66000104': '吳媽媽' };
const STUDENT_NAMES: Record<string, string> = { '66000201': '黃小明', '66000202': '陳嘉欣', '66000203': '林子軒' };

export async function seedSchool(env: TestEnv, code: string): Promise<SchoolFixture> {
  await env.school(code);
  const add = env.addMember.bind(env, code);
  const teacher = await add({ kind: 'staff', name: '李老師', account: 'teacher', password: 'password2', phone: '66000002', isTeacher: true });
  const zhang = await add({ kind: 'staff', name: '張老師', account: 'zhang', password: 'password3', phone: '66000003', isTeacher: true });
  const clerk = await add({ kind: 'staff', name: '梁文員', account: 'clerk', password: 'password6', phone: '66000006', isStaff: true });
  const superId = await add({ kind: 'staff', name: '超管', account: 'super', password: 'password5', phone: '66000005', adminRole: 'super' });
  const parents: Record<string, string> = {};
  for (const phone of Object.values(PARENT_PHONES)) parents[phone] = await add({ kind: 'parent', name: PARENT_NAMES[phone], phone });
  const students: Record<string, string> = {};
  for (const phone of Object.values(STUDENT_PHONES)) students[phone] = await add({ kind: 'student', name: STUDENT_NAMES[phone], phone });
  const ctx = await env.ctx(code);
  const hs = await ctx.db.transaction((tx) => seedDemoHomeSchool(tx, env.clock.now(), { teacher, zhang, parents, students }));
  const scopedIn = await add({
    kind: 'staff',
    name: '分級甲',
    account: 'scopedin',
    password: 'password4',
    phone: '66000007',
    adminRole: 'scoped',
    scope: { classIds: [hs.classes['小三甲班']] },
  });
  const scopedOut = await add({
    kind: 'staff',
    name: '分級乙',
    account: 'scopedout',
    password: 'password7',
    phone: '66000008',
    adminRole: 'scoped',
    scope: { classIds: [hs.classes['小一乙班']] },
  });
  return { code, hs, members: { teacher, zhang, clerk, super: superId, scopedIn, scopedOut, parents, students } };
}

/** One signed-in agent per role (anonymous: none). */
export async function signInAll(env: TestEnv, code: string): Promise<Record<Role, Agent>> {
  const agents = Object.fromEntries(ROLES.map((r) => [r, env.agent(code)])) as Record<Role, Agent>;
  await agents.teacher.signIn('teacher', 'password2');
  await agents.scopedIn.signIn('scopedin', 'password4');
  await agents.scopedOut.signIn('scopedout', 'password7');
  await agents.super.signIn('super', 'password5');
  await agents.creator.signIn('admin', 'password1');
  await agents.parent.signInWithCode('853', PARENT_PHONES.huang, (p) => env.sms.lastCode(p));
  await agents.student.signInWithCode('853', STUDENT_PHONES.huang, (p) => env.sms.lastCode(p));
  return agents;
}

/** Signs a parent or student in on the phone app (a minute later: one SMS code a minute per phone). */
export async function signInPhone(env: TestEnv, code: string, phone: string, areaCode = '853'): Promise<Agent> {
  env.clock.advance(61_000);
  const a = env.agent(code);
  const res = await a.signInWithCode(areaCode, phone, (p) => env.sms.lastCode(p));
  if (res.status >= 300) throw new Error(`sign-in of ${phone} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return a;
}

/** Sends a PUT with a JSON body (the agent has helpers for the other verbs). */
export const put = (a: Agent, path: string, body: unknown) => a.json('PUT', path, body);
