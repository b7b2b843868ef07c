import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, guardians, members, sessions, studentSearch, students } from '../../../db/schema';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';
import { type Role, type SchoolFixture, seedSchool, signInAll, signInPhone } from './fixture';

let env: TestEnv;
let f: SchoolFixture;
let agents: Record<Role, Agent>;
let admin: Agent;
const P3A = () => f.hs.classes['小三甲班'];

beforeAll(async () => {
  env = await createTestEnv();
  f = await seedSchool(env, 'B-888');
  agents = await signInAll(env, 'B-888');
  admin = agents.super;
});
afterAll(() => env.close());

async function counts() {
  const { db } = await env.ctx('B-888');
  return { students: await db.$count(students), guardians: await db.$count(guardians), members: await db.$count(members), audit: await db.$count(auditLog) };
}
async function member(id: string) {
  const { db } = await env.ctx('B-888');
  return db.select().from(members).where(eq(members.id, id)).get();
}

describe('CT-02 add a student with parents', () => {
  it('CT-02 adds a student and a new parent (not joined yet), normalising full-width IDs (ID-01)', async () => {
    const res = await admin.post('home-school/students', {
      name: '何小華',
      educationId: '７６５４３２１－０',
      birthDate: '20180405',
      classId: P3A(),
      parents: [{ name: '何媽媽', relation: '妈妈', areaCode: '853', phone: '6612 3456' }],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: '何小華', educationId: '7654321-0', birthDate: '2018-04-05', status: 'active', joined: false });
    expect(res.body.class).toMatchObject({ id: P3A(), name: '小三甲班', gradeName: '小三', campusName: '本校', schoolYear: '2026/2027' });
    expect(res.body.guardians).toEqual([expect.objectContaining({ name: '何媽媽', relation: '媽媽', areaCode: '853', phone: '66123456', joined: false })]);
    expect((await member(res.body.guardians[0].memberId))?.kind).toBe('parent');
  });

  it('CT-02 a parent phone already in the school is the same parent (one parent, several children)', async () => {
    const before = await counts();
    const res = await admin.post('home-school/students', {
      name: '黃小美',
      tempNumber: 'xx12345',
      classId: P3A(),
      parents: [{ name: '別的名字', relation: '爸爸', areaCode: '853', phone: '66000101' }],
    });
    expect(res.status).toBe(201);
    expect(res.body.tempNumber).toBe('XX12345');
    expect(res.body.guardians[0]).toMatchObject({ memberId: f.members.parents['66000101'], name: '黃爸爸', joined: true });
    expect(await counts()).toMatchObject({ members: before.members, students: before.students + 1 });
    const kids = await agents.parent.get('home-school/my-children');
    expect(kids.body.items.map((c: { name: string }) => c.name)).toEqual(['黃小明', '黃小美']);
  });

  it('ID-04 a phone of a staff member is refused (409 phone) and nothing is stored', async () => {
    const before = await counts();
    const res = await admin.post('home-school/students', {
      name: '李小龍',
      classId: P3A(),
      parents: [{ name: '李老師', relation: '爸爸', areaCode: '853', phone: '66000002' }],
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'phone_in_use', field: 'parents.0.phone', message: '已存在相同手機號的用戶' });
    expect(await counts()).toEqual(before);
  });

  it('CT-02 本人 makes the student’s own member of kind student', async () => {
    const res = await admin.post('home-school/students', {
      name: '馬小龍',
      classId: P3A(),
      parents: [
        { name: '馬小龍', relation: '本人', areaCode: '853', phone: '66123001' },
        { name: '馬爸爸', relation: '爸爸', areaCode: '86', phone: '13812345678' },
      ],
    });
    expect(res.status).toBe(201);
    const self = res.body.guardians.find((g: { relation: string }) => g.relation === '本人');
    expect(res.body.memberId).toBe(self.memberId);
    expect((await member(self.memberId))?.kind).toBe('student');
    // a parent's phone cannot be a student's own account, nor the reverse
    const wrong = await admin.post('home-school/students', { name: '錯', classId: P3A(), parents: [{ name: '錯', relation: '本人', areaCode: '853', phone: '66000101' }] });
    expect(wrong.body.error).toMatchObject({ code: 'phone_in_use', field: 'parents.0.phone' });
  });

  it('ID-02 the same education ID twice is refused', async () => {
    const before = await counts();
    const res = await admin.post('home-school/students', { name: '重複', educationId: '1234567-1', classId: P3A() });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'education_id_taken', field: 'educationId' });
    expect(await counts()).toEqual(before);
  });

  it.each([
    [{ name: '甲', classId: 'x', educationId: '123456-8' }, 'educationId'],
    [{ name: '甲', classId: 'x', tempNumber: 'AB12345' }, 'tempNumber'],
    [{ name: '甲', classId: 'x', tempNumber: 'XX1234' }, 'tempNumber'],
    [{ name: '甲', classId: 'x', educationId: '1234567-8', tempNumber: 'XX12345' }, 'tempNumber'],
    [{ name: '甲', classId: 'x', birthDate: '2018-02-30' }, 'birthDate'],
    [{ name: '甲', classId: 'x', birthDate: '18-02-03' }, 'birthDate'],
    [{ name: '甲', classId: 'x', parents: [{ name: '乙', relation: '叔叔', areaCode: '853', phone: '66000000' }] }, 'parents.0.relation'],
    [{ name: '甲', classId: 'x', parents: [{ name: '乙', relation: '爸爸', areaCode: '853', phone: '6600000' }] }, 'parents.0.phone'],
    [{ name: '甲', classId: 'x', parents: [{ name: '乙', relation: '爸爸', areaCode: '86', phone: '66000000' }] }, 'parents.0.phone'],
    [{ name: '甲', classId: 'x', memberId: 'y' }, 'memberId'],
    [{ name: '甲', classId: 'x', status: 'alumni' }, 'status'],
    [{ name: '', classId: 'x' }, 'name'],
  ])('X-03 ID-01 bad input %j is refused naming %s, nothing changes', async (body, field) => {
    const before = await counts();
    const res = await admin.post('home-school/students', body);
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe(field);
    expect(await counts()).toEqual(before);
  });

  it('X-03 a birth date in the future (by the school clock) is refused', async () => {
    const res = await admin.post('home-school/students', { name: '未來', classId: P3A(), birthDate: '2026-12-01' });
    expect(res.body.error).toMatchObject({ code: 'invalid_field', field: 'birthDate' });
  });
});

describe('CT-02 list and search students (X-01)', () => {
  it('X-01 searches by student name, education ID, parent name and phone', async () => {
    const names = async (q: string) => (await admin.get(`home-school/students?q=${encodeURIComponent(q)}`)).body.items.map((s: { name: string }) => s.name);
    expect(await names('嘉')).toEqual(['陳嘉欣', '陳嘉豪']);
    expect(await names('1234567-4')).toEqual(['林子軒']);
    expect(await names('吳媽')).toEqual(['吳思穎']);
    expect(await names('66000103')).toEqual(['林子軒']);
    expect(await names('%')).toEqual([]);
  });

  it('X-01 the search follows every change: rename, guardians added and removed, a parent’s phone changed', async () => {
    const names = async (q: string) => (await admin.get(`home-school/students?q=${encodeURIComponent(q)}`)).body.items.map((s: { name: string }) => s.name);
    const created = await admin.post('home-school/students', {
      name: '搜尋甲',
      classId: P3A(),
      parents: [{ name: '搜尋爸爸', relation: '爸爸', areaCode: '853', phone: '66123900' }],
    });
    expect(await names('搜尋爸爸')).toEqual(['搜尋甲']);
    await admin.patch(`home-school/students/${created.body.id}`, { name: '搜尋乙' });
    expect(await names('搜尋甲')).toEqual([]);
    expect(await names('66123900')).toEqual(['搜尋乙']);
    const dad = created.body.guardians[0].memberId;
    const { db } = await env.ctx(f.code);
    await db.update(members).set({ phone: '66123999' }).where(eq(members.id, dad));
    expect(await names('66123900')).toEqual([]);
    expect(await names('66123999')).toEqual(['搜尋乙']);
    await admin.patch(`home-school/students/${created.body.id}`, {
      guardians: { add: [{ name: '搜尋媽媽', relation: '媽媽', areaCode: '853', phone: '66123901' }], remove: [dad], relation: [] },
    });
    expect(await names('搜尋爸爸')).toEqual([]);
    expect(await names('搜尋媽媽')).toEqual(['搜尋乙']);
    await admin.delete(`home-school/students/${created.body.id}`);
    expect(await names('搜尋')).toEqual([]);
    expect(await db.$count(studentSearch, eq(studentSearch.studentId, created.body.id))).toBe(0);
  });

  it('X-01 a remembered page is never stale: a write by any path (here straight SQL) shows at once', async () => {
    const list = async () => (await admin.get(`home-school/students?classId=${P3A()}&pageSize=100`)).body.items.map((s: { name: string }) => s.name);
    const first = await list();
    expect(await list()).toEqual(first);
    const { db } = await env.ctx(f.code);
    await db.update(students).set({ name: '黃小明改' }).where(eq(students.id, f.hs.students['黃小明']));
    expect(await list()).toContain('黃小明改');
    await db.update(members).set({ phone: '66777777' }).where(eq(members.id, f.members.parents['66000101']));
    const res = await admin.get(`home-school/students?classId=${P3A()}&pageSize=100`);
    const huang = res.body.items.find((s: { name: string }) => s.name === '黃小明改');
    expect(huang.guardians.map((g: { phone: string }) => g.phone)).toContain('66777777');
    await db.update(students).set({ name: '黃小明' }).where(eq(students.id, f.hs.students['黃小明']));
    await db.update(members).set({ phone: '66000101' }).where(eq(members.id, f.members.parents['66000101']));
  });

  it('CT-02 filters joined / not joined and pages', async () => {
    const notJoined = await admin.get(`home-school/students?classId=${P3A()}&joined=0`);
    expect(notJoined.body.items.map((s: { name: string }) => s.name)).toEqual(['何小華', '馬小龍']);
    const joined = await admin.get(`home-school/students?classId=${P3A()}&joined=1&pageSize=2`);
    expect(joined.body).toMatchObject({ page: 1, pageSize: 2, total: 3 });
    expect(joined.body.items).toHaveLength(2);
    expect(joined.body.items[0].guardians[0]).toMatchObject({ relation: '本人' });
    expect((await admin.get('home-school/students?joined=2')).body.error.field).toBe('joined');
  });

  it('CT-03 a teacher lists only the classes they teach; a scoped admin its scope', async () => {
    const t = await agents.teacher.get('home-school/students?pageSize=100');
    expect(new Set(t.body.items.map((s: { class: { name: string } }) => s.class.name))).toEqual(new Set(['小三甲班', '小三乙班']));
    const s = await agents.scopedOut.get('home-school/students');
    expect(s.body.total).toBe(0);
    expect((await agents.scopedOut.get(`home-school/students?classId=${P3A()}`)).body.error).toMatchObject({ code: 'not_found', field: 'classId' });
  });

  it('CT-02 a student’s detail lists each guardian with relation, phone and joined', async () => {
    const res = await agents.teacher.get(`home-school/students/${f.hs.students['黃小明']}`);
    expect(res.body.guardians.map((g: { name: string; relation: string }) => `${g.name}-${g.relation}`)).toEqual(['黃小明-本人', '黃爸爸-爸爸']);
  });
});

describe('CT-02 change, move and delete students', () => {
  it('CT-02 edits the name and IDs; a real education ID replaces the temporary number', async () => {
    const created = await admin.post('home-school/students', { name: '甲', tempNumber: 'XX54321', classId: P3A() });
    const res = await agents.scopedIn.patch(`home-school/students/${created.body.id}`, { name: '甲乙', educationId: '2222222-2', birthDate: '2018-01-01' });
    expect(res.body).toMatchObject({ name: '甲乙', educationId: '2222222-2', tempNumber: null, birthDate: '2018-01-01' });
    const dup = await admin.patch(`home-school/students/${created.body.id}`, { educationId: '1234567-2' });
    expect(dup.body.error).toMatchObject({ code: 'education_id_taken', field: 'educationId' });
  });

  it('CT-02 adds, re-relates and removes guardians; a parent left with no child is removed and signed out', async () => {
    const created = await admin.post('home-school/students', {
      name: '丙',
      classId: P3A(),
      parents: [{ name: '丙爸爸', relation: '爸爸', areaCode: '853', phone: '66123100' }],
    });
    const dad = created.body.guardians[0].memberId;
    const phone = await signInPhone(env, 'B-888', '66123100');
    expect((await phone.get('home-school/my-children')).body.items).toHaveLength(1);
    const res = await admin.patch(`home-school/students/${created.body.id}`, {
      guardians: { add: [{ name: '丙外婆', relation: '外婆', areaCode: '853', phone: '66123101' }], remove: [dad], relation: [] },
    });
    expect(res.body.guardians.map((g: { name: string }) => g.name)).toEqual(['丙外婆']);
    expect((await member(dad))?.status).toBe('removed');
    expect((await phone.get('home-school/my-children')).status).toBe(401);
    const granny = res.body.guardians[0].memberId;
    const rel = await admin.patch(`home-school/students/${created.body.id}`, { guardians: { relation: [{ memberId: granny, relation: '監護人' }] } });
    expect(rel.body.guardians[0].relation).toBe('監護人');
    const notLinked = await admin.patch(`home-school/students/${created.body.id}`, { guardians: { remove: [dad] } });
    expect(notLinked.body.error).toMatchObject({ code: 'not_found', field: 'guardians.remove.0' });
  });

  it('CT-02 設置班級 moves students to another class, audited; all or nothing', async () => {
    const ids = [f.hs.students['林子軒'], f.hs.students['吳思穎']];
    const before = await counts();
    const refused = await agents.scopedIn.post('home-school/students/set-class', { studentIds: ids, classId: P3A() });
    expect(refused.body.error).toMatchObject({ code: 'not_found', field: 'studentIds' });
    const res = await admin.post('home-school/students/set-class', { studentIds: ids, classId: f.hs.classes['小四甲班'] });
    expect(res.body).toEqual({ updated: 2, classId: f.hs.classes['小四甲班'] });
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1 });
    const { db } = await env.ctx('B-888');
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'student.set-class')).get();
    expect(audit?.before).toEqual({ [ids[0]]: f.hs.classes['小三乙班'], [ids[1]]: f.hs.classes['小三乙班'] });
    await admin.post('home-school/students/set-class', { studentIds: ids, classId: f.hs.classes['小三乙班'] });
  });

  it('CT-02 deleting a student removes its links; a parent with another child stays', async () => {
    const res = await admin.post('home-school/students', {
      name: '丁',
      classId: P3A(),
      parents: [
        { name: '丁媽媽', relation: '媽媽', areaCode: '853', phone: '66123200' },
        { name: '陳媽媽', relation: '媽媽', areaCode: '853', phone: '66000102' },
      ],
    });
    const ding = res.body.guardians.find((g: { name: string }) => g.name === '丁媽媽').memberId;
    expect((await agents.scopedIn.delete(`home-school/students/${res.body.id}`)).status).toBe(204);
    expect((await admin.get(`home-school/students/${res.body.id}`)).status).toBe(404);
    expect((await member(ding))?.status).toBe('removed');
    expect((await member(f.members.parents['66000102']))?.status).toBe('active');
    const { db } = await env.ctx('B-888');
    expect(await db.$count(sessions, eq(sessions.memberId, ding))).toBe(0);
  });
});
