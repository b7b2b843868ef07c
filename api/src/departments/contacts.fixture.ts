import { count } from 'drizzle-orm';
import { auditLog, departments, memberDepartments, members, messages } from '../../../db/schema';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';

/**
 * The staff contacts test world shared by departments.test.ts and members/contacts.test.ts:
 * two schools, each with the tree
 *
 *   測試學校 (root) ─ 小學部 (P) ─ 中文科組 (PC), 數學科組 (PM)
 *                   ─ 中學部 (S) ─ 英文科組 (SE)
 *                   ─ 校友 (alumni)
 *
 * and a teacher in PC, a parent, a student, a scoped admin of P (`scopedIn`, it manages PC),
 * a scoped admin of S (`scopedOut`, PC is outside its scope), a super admin and the creator.
 */
export type Role = 'anonymous' | 'parent' | 'student' | 'teacher' | 'scopedIn' | 'scopedOut' | 'super' | 'creator';
export const ROLES: Role[] = ['anonymous', 'parent', 'student', 'teacher', 'scopedIn', 'scopedOut', 'super', 'creator'];

export interface SchoolIds {
  root: string;
  alumni: string;
  P: string;
  PC: string;
  PM: string;
  S: string;
  SE: string;
  teacher: string;
  parent: string;
  scopedIn: string;
  scopedOut: string;
  super: string;
}

export interface ContactsWorld {
  env: TestEnv;
  A: SchoolIds;
  B: SchoolIds;
  /** Signed-in agents of school A. */
  as: Record<Role, Agent>;
  /** Puts a member in a department, directly in the database. */
  place(code: string, memberId: string, departmentId: string, isHead?: boolean): Promise<void>;
  /** What a refused request must leave unchanged: row counts, the tree and the members. */
  snapshot(code: string): Promise<Record<string, unknown>>;
}

export const SCHOOL_A = 'A-001';
export const SCHOOL_B = 'B-002';

async function seedSchool(env: TestEnv, code: string, place: ContactsWorld['place']): Promise<SchoolIds> {
  await env.school(code);
  const creator = env.agent(code);
  await creator.signIn('admin', 'password1');
  const tree = await creator.get('departments');
  const mk = async (name: string, parentId?: string): Promise<string> => {
    const res = await creator.post('departments', { name, parentId });
    if (res.status !== 201) throw new Error(`creating ${name}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  };
  const P = await mk('小學部');
  const S = await mk('中學部');
  const ids = { root: tree.body.rootId, alumni: tree.body.alumniId, P, S, PC: await mk('中文科組', P), PM: await mk('數學科組', P), SE: await mk('英文科組', S) };
  const teacher = await env.addMember(code, { kind: 'staff', name: '李老師', account: 'teacher', password: 'password2', phone: '66000002', isTeacher: true });
  const parent = await env.addMember(code, { kind: 'parent', name: '黃爸爸', phone: '66000101' });
  await env.addMember(code, { kind: 'student', name: '黃小明', phone: '66000201' });
  const scopedIn = await env.addMember(code, {
    kind: 'staff',
    name: '小學部主任',
    account: 'scopedin',
    password: 'password4',
    phone: '66000004',
    isStaff: true,
    adminRole: 'scoped',
    scope: { departmentIds: [P] },
  });
  const scopedOut = await env.addMember(code, {
    kind: 'staff',
    name: '中學部主任',
    account: 'scopedout',
    password: 'password6',
    phone: '66000006',
    isStaff: true,
    adminRole: 'scoped',
    scope: { departmentIds: [S] },
  });
  const superId = await env.addMember(code, { kind: 'staff', name: '超管', account: 'super', password: 'password5', phone: '66000005', isStaff: true, adminRole: 'super' });
  await place(code, teacher, ids.PC);
  await place(code, scopedIn, P);
  await place(code, scopedOut, S);
  return { ...ids, teacher, parent, scopedIn, scopedOut, super: superId };
}

/** Builds the world: two schools and the signed-in agents of school A. */
export async function contactsWorld(): Promise<ContactsWorld> {
  const env = await createTestEnv();
  const place: ContactsWorld['place'] = async (code, memberId, departmentId, isHead = false) => {
    const ctx = await env.ctx(code);
    await ctx.db.insert(memberDepartments).values({ memberId, departmentId, isHead });
  };
  const A = await seedSchool(env, SCHOOL_A, place);
  const B = await seedSchool(env, SCHOOL_B, place);
  const as = {} as Record<Role, Agent>;
  for (const role of ROLES) as[role] = env.agent(SCHOOL_A);
  await as.teacher.signIn('teacher', 'password2');
  await as.scopedIn.signIn('scopedin', 'password4');
  await as.scopedOut.signIn('scopedout', 'password6');
  await as.super.signIn('super', 'password5');
  await as.creator.signIn('admin', 'password1');
  await as.parent.signInWithCode('853', '66000101', (p) => env.sms.lastCode(p));
  await as.student.signInWithCode('853', '66000201', (p) => env.sms.lastCode(p));
  const snapshot = async (code: string) => {
    const { db } = await env.ctx(code);
    return {
      departments: await db.select().from(departments).orderBy(departments.id).all(),
      members: await db.select().from(members).orderBy(members.id).all(),
      memberDepartments: await db.select().from(memberDepartments).orderBy(memberDepartments.memberId, memberDepartments.departmentId).all(),
      audit: (await db.select({ n: count() }).from(auditLog).get())?.n,
      messages: (await db.select({ n: count() }).from(messages).get())?.n,
    };
  };
  return { env, A, B, as, place, snapshot };
}
