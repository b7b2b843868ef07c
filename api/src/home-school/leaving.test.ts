import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, departments, memberDepartments, members, sessions, students, transfers } from '../../../db/schema';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';
import { type Role, type SchoolFixture, seedSchool, signInAll, signInPhone } from './fixture';

let env: TestEnv;
let f: SchoolFixture;
let agents: Record<Role, Agent>;
let admin: Agent;

beforeAll(async () => {
  env = await createTestEnv();
  f = await seedSchool(env, 'B-888');
  agents = await signInAll(env, 'B-888');
  admin = agents.super;
});
afterAll(() => env.close());

const db = async () => (await env.ctx('B-888')).db;
const member = async (id: string) => (await db()).select().from(members).where(eq(members.id, id)).get();
const student = async (id: string) => (await db()).select().from(students).where(eq(students.id, id)).get();

describe('轉學 transfer out', () => {
  it('轉學 the student leaves: status, class cleared, history row; a parent with no active child loses access at once', async () => {
    const lam = f.hs.students['林子軒'];
    const dad = await signInPhone(env, 'B-888', '66000103');
    const self = await signInPhone(env, 'B-888', '66000203');
    expect((await dad.get('home-school/my-children')).body.items).toHaveLength(1);
    const res = await admin.post(`home-school/students/${lam}/transfer`, { toSchool: '澳門另一學校', reason: '搬家' });
    expect(res.status).toBe(200);
    expect(res.body.transfer).toMatchObject({ studentName: '林子軒', fromClassId: f.hs.classes['小三乙班'], fromClassName: '小三乙班', toSchool: '澳門另一學校', reason: '搬家' });
    expect(new Set(res.body.disabledMembers)).toEqual(new Set([f.members.parents['66000103'], f.members.students['66000203']]));
    expect(await student(lam)).toMatchObject({ status: 'transferred', classId: null });
    expect((await member(f.members.parents['66000103']))?.status).toBe('disabled');
    expect((await dad.get('home-school/my-children')).status).toBe(401);
    expect((await self.get('home-school/my-children')).status).toBe(401);
    expect(await (await db()).$count(sessions, eq(sessions.memberId, f.members.parents['66000103']))).toBe(0);
    // guardians are kept for history
    const detail = await admin.get(`home-school/students/${lam}`);
    expect(detail.body).toMatchObject({ status: 'transferred', class: null });
    expect(detail.body.guardians).toHaveLength(2);
    const audit = await (await db()).select().from(auditLog).where(eq(auditLog.action, 'student.transfer')).get();
    expect(audit?.before).toEqual({ status: 'active', classId: f.hs.classes['小三乙班'] });
    expect((await admin.post(`home-school/students/${lam}/transfer`, {})).body.error.code).toBe('student_not_active');
  });

  it('轉學 a parent with another active child keeps access', async () => {
    env.clock.advance(1000);
    const res = await admin.post(`home-school/students/${f.hs.students['陳嘉豪']}/transfer`, { toSchool: '他校' });
    expect(res.body.disabledMembers).toEqual([]);
    expect((await member(f.members.parents['66000102']))?.status).toBe('active');
    const mum = await signInPhone(env, 'B-888', '66000102');
    expect((await mum.get('home-school/my-children')).body.items.map((c: { name: string }) => c.name)).toEqual(['陳嘉欣']);
  });

  it('轉學 the history is paged, newest first, and a scoped admin sees transfers out of its classes only', async () => {
    const list = await admin.get('home-school/transfers?pageSize=1');
    expect(list.body).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(list.body.items[0].studentName).toBe('陳嘉豪');
    expect((await admin.get('home-school/transfers?q=林')).body.items.map((t: { studentName: string }) => t.studentName)).toEqual(['林子軒']);
    expect((await agents.scopedIn.get('home-school/transfers')).body.total).toBe(0);
    expect((await (await db()).$count(transfers))).toBe(2);
  });

  it('a parent whose child left is linked again (re-enabled) when a new child is added', async () => {
    const res = await admin.post('home-school/students', {
      name: '林子晴',
      classId: f.hs.classes['小一甲班'],
      parents: [{ name: '林爸爸', relation: '爸爸', areaCode: '853', phone: '66000103' }],
    });
    expect(res.body.guardians[0].memberId).toBe(f.members.parents['66000103']);
    expect((await member(f.members.parents['66000103']))?.status).toBe('active');
  });
});

describe('校友 alumni', () => {
  it('校友 moving a student to the alumni clears the class and puts their own member in the alumni department', async () => {
    const huang = f.hs.students['黃小明'];
    const res = await agents.scopedIn.post(`home-school/students/${huang}/alumni`);
    expect(res.status).toBe(200);
    expect(await student(huang)).toMatchObject({ status: 'alumni', classId: null });
    const dept = await (await db()).select().from(departments).where(eq(departments.kind, 'alumni')).get();
    expect(dept).toMatchObject({ name: '校友', id: res.body.alumniDepartmentId });
    const root = await (await db()).select().from(departments).where(eq(departments.id, dept?.parentId ?? '')).get();
    expect(root?.parentId).toBeNull();
    const link = await (await db())
      .select()
      .from(memberDepartments)
      .where(and(eq(memberDepartments.memberId, f.members.students['66000201']), eq(memberDepartments.departmentId, dept?.id ?? '')))
      .get();
    expect(link).toBeDefined();
    // the student keeps access (their own account), the father has no active child left
    expect((await member(f.members.students['66000201']))?.status).toBe('active');
    expect(res.body.disabledMembers).toEqual([f.members.parents['66000101']]);
    expect((await agents.student.get('home-school/my-children')).body.items).toEqual([
      expect.objectContaining({ id: huang, name: '黃小明', status: 'alumni', classId: null }),
    ]);
  });

  it('校友 an alumnus binds to the alumni department by QR, once; an active student or a parent cannot', async () => {
    const first = await agents.student.post('home-school/alumni/bind');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ bound: true, added: false });
    const chan = await signInPhone(env, 'B-888', '66000202');
    const refused = await chan.post('home-school/alumni/bind');
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('not_alumni');
    const mum = await signInPhone(env, 'B-888', '66000102');
    expect((await mum.post('home-school/alumni/bind')).status).toBe(403);
    expect((await agents.teacher.post('home-school/alumni/bind')).status).toBe(403);
  });

  it('校友 a former student with no record left (removed from the roster) binds, and it is audited', async () => {
    const id = await env.addMember('B-888', { kind: 'student', name: '老校友', phone: '66400001' });
    const old = await signInPhone(env, 'B-888', '66400001');
    const res = await old.post('home-school/alumni/bind');
    expect(res.body).toMatchObject({ bound: true, added: true });
    const audit = await (await db()).select().from(auditLog).where(and(eq(auditLog.action, 'alumni.bind'), eq(auditLog.targetId, id))).get();
    expect(audit).toBeDefined();
    expect((await old.post('home-school/alumni/bind')).body.added).toBe(false);
  });
});

describe('my children (the child switcher)', () => {
  it('a parent with two children sees both, with class and school year', async () => {
    await admin.post('home-school/students', {
      name: '陳嘉樂',
      classId: f.hs.classes['小二甲班'],
      parents: [{ name: '陳媽媽', relation: '媽媽', areaCode: '853', phone: '66000102' }],
    });
    const mum = await signInPhone(env, 'B-888', '66000102');
    const res = await mum.get('home-school/my-children');
    // ordered by name: 樂 (U+6A02) before 欣 (U+6B23)
    expect(res.body.items).toEqual([
      expect.objectContaining({ name: '陳嘉樂', className: '小二甲班', schoolYear: '2026/2027' }),
      { id: f.hs.students['陳嘉欣'], name: '陳嘉欣', relation: '媽媽', classId: f.hs.classes['小三甲班'], className: '小三甲班', gradeName: '小三', schoolYear: '2026/2027', status: 'active' },
    ]);
  });

  it('staff have no children to switch between (403)', async () => {
    expect((await agents.creator.get('home-school/my-children')).status).toBe(403);
  });
});
