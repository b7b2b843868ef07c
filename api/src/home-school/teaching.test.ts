import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchoolDb } from '../../../db/client';
import { auditLog, classTeachers, subjects } from '../../../db/schema';
import type { Actor } from '../lib/context';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';
import { put, type Role, type SchoolFixture, seedSchool, signInAll } from './fixture';
import { canManageClass, canReadClass, scopeCovers } from './policy';
import { childrenOf, classIdsInScope, homeroomClassIds, isHomeroomTeacher, taughtClassIds, teachesClass } from './teaching';

let env: TestEnv;
let f: SchoolFixture;
let agents: Record<Role, Agent>;
let db: SchoolDb;

beforeAll(async () => {
  env = await createTestEnv();
  f = await seedSchool(env, 'B-888');
  agents = await signInAll(env, 'B-888');
  db = (await env.ctx('B-888')).db;
});
afterAll(() => env.close());

const c = (name: string) => f.hs.classes[name];
const actor = (over: Partial<Actor>): Actor => ({
  memberId: 'm',
  name: 'x',
  kind: 'staff',
  adminRole: null,
  isTeacher: false,
  isStaff: true,
  scope: { departmentIds: [], classIds: [], apps: [] },
  ...over,
});

describe('CT-03 teaching.ts: who teaches what', () => {
  it('CT-03 homeroomClassIds and isHomeroomTeacher', async () => {
    expect(await homeroomClassIds(db, f.members.teacher)).toEqual([c('小三甲班')]);
    expect(await isHomeroomTeacher(db, f.members.teacher, c('小三甲班'))).toBe(true);
    expect(await isHomeroomTeacher(db, f.members.teacher, c('小三乙班'))).toBe(false);
    expect(await homeroomClassIds(db, f.members.clerk)).toEqual([]);
  });

  it('CT-03 taughtClassIds and teachesClass, with and without a subject', async () => {
    const { MATH, CHI, ENG } = f.hs.subjects;
    expect(new Set(await taughtClassIds(db, f.members.teacher))).toEqual(new Set([c('小三甲班'), c('小三乙班')]));
    expect(new Set(await taughtClassIds(db, f.members.teacher, MATH))).toEqual(new Set([c('小三甲班'), c('小三乙班')]));
    expect(await taughtClassIds(db, f.members.teacher, CHI)).toEqual([]);
    expect(new Set(await taughtClassIds(db, f.members.zhang, ENG))).toEqual(new Set([c('小一甲班')]));
    expect(await teachesClass(db, f.members.zhang, c('小三乙班'))).toBe(true);
    expect(await teachesClass(db, f.members.zhang, c('小三乙班'), MATH)).toBe(false);
    expect(await teachesClass(db, f.members.teacher, c('小三乙班'), MATH)).toBe(true);
    // a homeroom teacher teaches no subject by being one
    expect(await teachesClass(db, f.members.zhang, c('小三乙班'), ENG)).toBe(false);
  });

  it('CT-03 childrenOf: a parent’s active children with their class', async () => {
    const kids = await childrenOf(db, f.members.parents['66000102']);
    expect(kids.map((k) => [k.name, k.className, k.relation, k.schoolYear])).toEqual([
      ['陳嘉欣', '小三甲班', '媽媽', '2026/2027'],
      ['陳嘉豪', '小一甲班', '媽媽', '2026/2027'],
    ]);
    expect((await childrenOf(db, f.members.students['66000201'])).map((k) => [k.name, k.relation])).toEqual([['黃小明', '本人']]);
    expect(await childrenOf(db, f.members.teacher)).toEqual([]);
  });

  it('CT-02 classIdsInScope: all for super admins, class / grade / campus scopes for scoped ones, none otherwise', async () => {
    expect(await classIdsInScope(actor({ adminRole: 'super' }), db)).toHaveLength(24);
    expect(await classIdsInScope(actor({ adminRole: 'scoped', scope: { departmentIds: [], classIds: [c('小三甲班')], apps: [] } }), db)).toEqual([c('小三甲班')]);
    const byGrade = await classIdsInScope(actor({ adminRole: 'scoped', scope: { departmentIds: [], classIds: [f.hs.grades['小六']], apps: [] } }), db);
    expect(new Set(byGrade)).toEqual(new Set([c('小六甲班'), c('小六乙班')]));
    expect(await classIdsInScope(actor({ adminRole: 'scoped', scope: { departmentIds: [], classIds: [f.hs.campusId], apps: [] } }), db)).toHaveLength(24);
    expect(await classIdsInScope(actor({ isTeacher: true }), db)).toEqual([]);
    expect(await classIdsInScope(null, db)).toEqual([]);
  });

  it.each([
    ['creator', actor({ adminRole: 'creator' }), true, true],
    ['super', actor({ adminRole: 'super' }), true, true],
    ['scoped in scope', actor({ adminRole: 'scoped', scope: { departmentIds: [], classIds: ['g'], apps: [] } }), true, true],
    ['scoped out of scope', actor({ adminRole: 'scoped', scope: { departmentIds: [], classIds: ['other'], apps: [] } }), false, false],
    ['teacher of the class', actor({ isTeacher: true }), false, true],
    ['parent', actor({ kind: 'parent' }), false, false],
    ['student', actor({ kind: 'student' }), false, false],
  ])('CT-03 policy for %s: manage %s, read %s', (_, a, manage, read) => {
    const ref = { id: 'k', gradeId: 'g', campusId: 'c' };
    expect(canManageClass(a, ref)).toBe(manage);
    expect(canReadClass(a, ref, true)).toBe(read);
    expect(canReadClass(a, ref, false)).toBe(manage);
    expect(scopeCovers(a, ref)).toBe(a.adminRole === 'scoped' && manage);
  });
});

describe('CT-03 teaching assignments per class', () => {
  it('CT-03 lists the homeroom and subject teachers of a class', async () => {
    const res = await agents.teacher.get(`home-school/classes/${c('小三甲班')}/teachers`);
    expect(res.body).toEqual({
      classId: c('小三甲班'),
      homeroom: [{ memberId: f.members.teacher, name: '李老師' }],
      subjects: expect.arrayContaining([
        { memberId: f.members.teacher, name: '李老師', subjectId: f.hs.subjects.MATH, subjectName: '數學' },
        { memberId: f.members.zhang, name: '張老師', subjectId: f.hs.subjects.CHI, subjectName: '中文' },
      ]),
    });
  });

  it('CT-03 replaces the assignments (audited); what a teacher teaches follows at once', async () => {
    const cls = c('小五甲班');
    const res = await put(agents.super, `home-school/classes/${cls}/teachers`, {
      homeroom: [f.members.zhang],
      subjects: [{ memberId: f.members.teacher, subjectId: f.hs.subjects.PE }],
    });
    expect(res.status).toBe(200);
    expect(await isHomeroomTeacher(db, f.members.zhang, cls)).toBe(true);
    expect(await teachesClass(db, f.members.teacher, cls, f.hs.subjects.PE)).toBe(true);
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'class.teachers')).get();
    expect(audit).toMatchObject({ targetId: cls, before: { classId: cls, homeroom: [], subjects: [] } });
    await put(agents.super, `home-school/classes/${cls}/teachers`, { homeroom: [], subjects: [] });
    expect(await teachesClass(db, f.members.teacher, cls)).toBe(false);
  });

  it('CT-03 only teachers and enabled subjects; nothing changes when refused', async () => {
    const cls = c('小三甲班');
    const before = await db.$count(classTeachers, eq(classTeachers.classId, cls));
    const clerk = await put(agents.super, `home-school/classes/${cls}/teachers`, { homeroom: [f.members.clerk], subjects: [] });
    expect(clerk.body.error).toMatchObject({ code: 'not_a_teacher', field: 'homeroom.0' });
    const parent = await put(agents.super, `home-school/classes/${cls}/teachers`, { homeroom: [], subjects: [{ memberId: f.members.parents['66000101'], subjectId: f.hs.subjects.MATH }] });
    expect(parent.body.error).toMatchObject({ code: 'not_a_teacher', field: 'subjects.0.memberId' });
    await agents.super.patch(`home-school/subjects/${f.hs.subjects.POR}`, { enabled: false });
    const disabled = await put(agents.super, `home-school/classes/${cls}/teachers`, { homeroom: [], subjects: [{ memberId: f.members.teacher, subjectId: f.hs.subjects.POR }] });
    expect(disabled.body.error).toMatchObject({ code: 'subject_disabled', field: 'subjects.0.subjectId' });
    const extra = await put(agents.super, `home-school/classes/${cls}/teachers`, { homeroom: [], subjects: [], groupChat: true });
    expect(extra.body.error).toMatchObject({ code: 'unknown_field', field: 'groupChat' });
    expect(await db.$count(classTeachers, eq(classTeachers.classId, cls))).toBe(before);
  });
});

describe('TT-07 subjects', () => {
  it('TT-07 lists subjects with an enabled filter, paged and searchable', async () => {
    const all = await agents.teacher.get('home-school/subjects?pageSize=100');
    expect(all.body.items.map((s: { code: string }) => s.code)).toEqual(['CHI', 'ENG', 'GS', 'MATH', 'PE', 'POR']);
    const on = await agents.teacher.get('home-school/subjects?enabled=1');
    expect(on.body.items.map((s: { code: string }) => s.code)).not.toContain('POR');
    expect((await agents.teacher.get('home-school/subjects?q=數')).body.items.map((s: { name: string }) => s.name)).toEqual(['數學']);
  });

  it('TT-07 a subject code is unique (409 naming code), uppercased; bad input changes nothing', async () => {
    const before = await db.$count(subjects);
    const dup = await agents.super.post('home-school/subjects', { name: '數學二', code: 'math' });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({ code: 'code_taken', field: 'code' });
    expect((await agents.super.post('home-school/subjects', { name: '音樂', code: 'mu sic' })).body.error.field).toBe('code');
    expect(await db.$count(subjects)).toBe(before);
    const ok = await agents.super.post('home-school/subjects', { name: '音樂', code: 'mus' });
    expect(ok.body).toMatchObject({ name: '音樂', code: 'MUS', enabled: true });
    const renamed = await agents.creator.patch(`home-school/subjects/${ok.body.id}`, { code: 'MUSIC', enabled: false });
    expect(renamed.body).toMatchObject({ code: 'MUSIC', enabled: false });
    expect((await agents.super.patch(`home-school/subjects/${ok.body.id}`, { code: 'PE' })).status).toBe(409);
  });
});
