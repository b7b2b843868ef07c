import { Hono } from 'hono';
import { campuses, classes, departments, grades, guardians, memberDepartments, memberTags, students, tags } from '../../../db/schema';
import { qrLoginRoutes } from '../auth/qr-login';
import type { AppEnv } from '../lib/hono';
import { router } from '../lib/hono';
import { pickLocale } from '../lib/i18n';
import { newId } from '../lib/ids';
import { onError } from '../middleware/errors';
import { session } from '../middleware/session';
import { tenant } from '../middleware/tenant';
import { memberConfidentialRoutes } from '../settings/confidential-routes';
import { Agent } from '../test/agent';
import type { TestEnv } from '../test/harness';

/**
 * A school for the roles, apps, settings and QR tests (test-only helper): a department tree
 * root → 教務處 (in scope) → 中文科 (its sub-department) and 總務處 (out of scope); classes
 * 高一甲 (in scope) and 高一乙 (out); one tag; and one member of each role.
 */
export type Role = 'anonymous' | 'parent' | 'student' | 'teacher' | 'scopedIn' | 'scopedOut' | 'super' | 'creator';
export const ROLES: Role[] = ['anonymous', 'parent', 'student', 'teacher', 'scopedIn', 'scopedOut', 'super', 'creator'];
export const SIGNED_IN: Role[] = ROLES.filter((r) => r !== 'anonymous');

export interface SchoolIds {
  root: string;
  deptIn: string;
  deptInSub: string;
  deptOut: string;
  classIn: string;
  classOut: string;
  tag: string;
  creator: string;
  teacher: string;
  teacherOut: string;
  scopedIn: string;
  scopedOut: string;
  super: string;
  parent: string;
  student: string;
}

/** The app the in-scope scoped admin manages, and one it does not. */
export const APP_IN = 'notices';
export const APP_OUT = 'calendar';

export async function seedSchool(env: TestEnv, code: string): Promise<SchoolIds> {
  await env.school(code);
  const ctx = await env.ctx(code);
  const now = env.clock.now();
  const id = () => newId(now.getTime());
  const ids = { root: id(), deptIn: id(), deptInSub: id(), deptOut: id(), classIn: id(), classOut: id(), tag: id() };
  const campus = id();
  const grade = id();
  await ctx.db.insert(departments).values([
    { id: ids.root, parentId: null, name: code, createdAt: now },
    { id: ids.deptIn, parentId: ids.root, name: '教務處', createdAt: now },
    { id: ids.deptInSub, parentId: ids.deptIn, name: '中文科', createdAt: now },
    { id: ids.deptOut, parentId: ids.root, name: '總務處', createdAt: now },
  ]);
  await ctx.db.insert(campuses).values({ id: campus, name: '本校', createdAt: now });
  await ctx.db.insert(grades).values({ id: grade, campusId: campus, name: '高一', schoolYear: '2026/2027', createdAt: now });
  await ctx.db.insert(classes).values([
    { id: ids.classIn, gradeId: grade, name: '高一甲', schoolYear: '2026/2027', createdAt: now },
    { id: ids.classOut, gradeId: grade, name: '高一乙', schoolYear: '2026/2027', createdAt: now },
  ]);
  await ctx.db.insert(tags).values({ id: ids.tag, name: '班主任', createdAt: now });

  const staff = (name: string, account: string, phone: string, extra = {}) =>
    env.addMember(code, { kind: 'staff', name, account, password: `pw-${account}`, phone, isTeacher: true, ...extra });
  const members = {
    creator: (await ctx.db.query.members.findFirst({ where: (m, { eq }) => eq(m.adminRole, 'creator') }))?.id ?? '',
    teacher: await staff('李老師', 'teacher', '66000002'),
    teacherOut: await staff('陳老師', 'teacher2', '66000003'),
    scopedIn: await staff('分級甲', 'scoped', '66000004', { adminRole: 'scoped', scope: { departmentIds: [ids.deptIn], classIds: [ids.classIn], apps: [APP_IN] } }),
    scopedOut: await staff('分級乙', 'scoped2', '66000006', { adminRole: 'scoped', scope: { departmentIds: [ids.deptOut], classIds: [ids.classOut], apps: ['leave'] } }),
    super: await staff('超管', 'super', '66000005', { adminRole: 'super' }),
    parent: await env.addMember(code, { kind: 'parent', name: '黃爸爸', phone: '66000101' }),
    student: await env.addMember(code, { kind: 'student', name: '黃小明', phone: '66000201' }),
  };
  await ctx.db.insert(memberDepartments).values([
    { memberId: members.teacher, departmentId: ids.deptInSub },
    { memberId: members.teacherOut, departmentId: ids.deptOut },
  ]);
  await ctx.db.insert(memberTags).values({ memberId: members.teacher, tagId: ids.tag });
  const pupil = id();
  await ctx.db.insert(students).values({ id: pupil, name: '黃小明', classId: ids.classIn, memberId: members.student, createdAt: now, updatedAt: now });
  await ctx.db.insert(guardians).values({ studentId: pupil, memberId: members.parent, relation: '爸爸', createdAt: now });
  return { ...ids, ...members };
}

/**
 * The app the tests talk to: the whole app, plus the routes this work adds whose mount
 * lines the lead adds to files it owns (`/auth/qr`, `/members/:id/confidential/:field`),
 * mounted here the same way.
 */
export function testApp(env: TestEnv): Pick<Hono, 'request'> {
  const extra = new Hono<AppEnv>();
  extra.onError(onError);
  extra.use('*', async (c, next) => {
    c.set('deps', env.deps);
    c.set('locale', pickLocale(c.req.header('accept-language')));
    await next();
  });
  extra.route('/api/s/:school', router().use(tenant, session).route('/auth/qr', qrLoginRoutes).route('/members', memberConfidentialRoutes));
  const pending = /^\/api\/s\/[^/]+\/(auth\/qr(\/|$)|members\/[^/]+\/confidential\/)/;
  return {
    request: ((input: string, init?: RequestInit) => (pending.test(input) ? extra.request(input, init) : env.app.request(input, init))) as Hono['request'],
  };
}

/** One agent per role of `code`, signed in (parents, students by SMS code; the rest by password). */
export async function signInAll(env: TestEnv, code: string): Promise<Record<Role, Agent>> {
  const app = testApp(env);
  const agents = Object.fromEntries(ROLES.map((r) => [r, new Agent(app, code)])) as Record<Role, Agent>;
  await agents.creator.signIn('admin', 'password1');
  await agents.teacher.signIn('teacher', 'pw-teacher');
  await agents.scopedIn.signIn('scoped', 'pw-scoped');
  await agents.scopedOut.signIn('scoped2', 'pw-scoped2');
  await agents.super.signIn('super', 'pw-super');
  await agents.parent.signInWithCode('853', '66000101', (p) => env.sms.lastCode(p));
  await agents.student.signInWithCode('853', '66000201', (p) => env.sms.lastCode(p));
  return agents;
}

/** A new agent of `code` on the test app (with the pending routes). */
export const agentOf = (env: TestEnv, code: string): Agent => new Agent(testApp(env), code);
