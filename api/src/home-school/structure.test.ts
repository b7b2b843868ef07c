import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, campuses, classes, grades } from '../../../db/schema';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';
import { type Role, type SchoolFixture, seedSchool, signInAll } from './fixture';

let env: TestEnv;
let f: SchoolFixture;
let agents: Record<Role, Agent>;

beforeAll(async () => {
  env = await createTestEnv();
  f = await seedSchool(env, 'B-888');
  agents = await signInAll(env, 'B-888');
});
afterAll(() => env.close());

type Tree = {
  campuses: { id: string; name: string; studentCount: number; grades: { id: string; name: string; classes: { id: string; name: string; studentCount: number; joinedCount: number; parentCount: number }[] }[] }[];
  totals: { studentCount: number; joinedCount: number };
};
const classNames = (t: Tree) => t.campuses.flatMap((c) => c.grades.flatMap((g) => g.classes.map((k) => k.name)));
const classOf = (t: Tree, name: string) => t.campuses.flatMap((c) => c.grades.flatMap((g) => g.classes)).find((k) => k.name === name);

async function counts() {
  const { db } = await env.ctx('B-888');
  return { campuses: await db.$count(campuses), grades: await db.$count(grades), classes: await db.$count(classes), audit: await db.$count(auditLog) };
}

describe('CT-02 the campus → grade → class tree', () => {
  it('CT-02 super admins see every grade and class with student, joined and parent counts', async () => {
    const { body } = (await agents.super.get('home-school/tree')) as { body: Tree };
    expect(body.campuses.map((c) => c.name)).toEqual(['本校']);
    expect(body.campuses[0].grades.map((g) => g.name).slice(0, 7)).toEqual(['小一', '小二', '小三', '小四', '小五', '小六', '初一']);
    expect(classNames(body)).toHaveLength(24);
    // 小三甲班: 黃小明 (黃爸爸 + 本人) and 陳嘉欣 (陳媽媽 + 本人); every demo member has joined
    expect(classOf(body, '小三甲班')).toMatchObject({ studentCount: 2, joinedCount: 2, parentCount: 2 });
    expect(body.totals.studentCount).toBe(5);
  });

  it('CT-02 a scoped admin sees only the classes of its scope', async () => {
    const { body } = (await agents.scopedIn.get('home-school/tree')) as { body: Tree };
    expect(classNames(body)).toEqual(['小三甲班']);
    expect(body.totals.studentCount).toBe(2);
    const out = (await agents.scopedOut.get('home-school/tree')) as { body: Tree };
    expect(classNames(out.body)).toEqual(['小一乙班']);
  });

  it('CT-02 a grade or campus in scope covers its classes', async () => {
    await env.addMember('B-888', { kind: 'staff', name: '年級管理', account: 'gradeadmin', password: 'password8', phone: '66000009', adminRole: 'scoped', scope: { classIds: [f.hs.grades['小三']] } });
    await env.addMember('B-888', { kind: 'staff', name: '校部管理', account: 'campusadmin', password: 'password9', phone: '66000010', adminRole: 'scoped', scope: { classIds: [f.hs.campusId] } });
    const g = env.agent('B-888');
    await g.signIn('gradeadmin', 'password8');
    expect(classNames((await g.get('home-school/tree')).body)).toEqual(['小三甲班', '小三乙班']);
    expect((await g.get(`home-school/students/${f.hs.students['林子軒']}`)).status).toBe(200);
    expect((await g.get(`home-school/students/${f.hs.students['陳嘉豪']}`)).status).toBe(404);
    const c = env.agent('B-888');
    await c.signIn('campusadmin', 'password9');
    expect(classNames((await c.get('home-school/tree')).body)).toHaveLength(24);
  });

  it('CT-03 a teacher sees the classes they teach', async () => {
    const { body } = (await agents.teacher.get('home-school/tree')) as { body: Tree };
    expect(classNames(body)).toEqual(['小三甲班', '小三乙班']);
  });

  it('CT-02 parents, students and staff who neither teach nor manage are refused', async () => {
    expect((await agents.parent.get('home-school/tree')).status).toBe(403);
    expect((await agents.student.get('home-school/tree')).status).toBe(403);
    const clerk = env.agent('B-888');
    await clerk.signIn('clerk', 'password6');
    expect((await clerk.get('home-school/tree')).status).toBe(403);
  });

  it('filters grades by school year', async () => {
    const { body } = (await agents.super.get('home-school/tree?schoolYear=2027/2028')) as { body: Tree };
    expect(body.campuses[0].grades).toEqual([]);
    expect((await agents.super.get('home-school/tree?schoolYear=2027-2028')).body.error).toMatchObject({ field: 'schoolYear' });
  });
});

describe('CT-02 campuses, grades and classes', () => {
  it('CT-02 adds a campus, a grade and a class, each audited, and deletes them once empty', async () => {
    const before = await counts();
    const campus = await agents.super.post('home-school/campuses', { name: '分校', sortOrder: 1 });
    expect(campus.status).toBe(201);
    const grade = await agents.super.post('home-school/grades', { campusId: campus.body.id, name: '幼一', code: 'k1', schoolYear: '2026/2027' });
    expect(grade.body).toMatchObject({ name: '幼一', code: 'K1', schoolYear: '2026/2027' });
    const cls = await agents.super.post('home-school/classes', { gradeId: grade.body.id, name: '幼一甲班' });
    expect(cls.body).toMatchObject({ name: '幼一甲班', schoolYear: '2026/2027', source: 'manual' });
    expect(await counts()).toEqual({ ...before, campuses: before.campuses + 1, grades: before.grades + 1, classes: before.classes + 1, audit: before.audit + 3 });

    expect((await agents.super.delete(`home-school/campuses/${campus.body.id}`)).body.error.code).toBe('campus_not_empty');
    const g = await agents.super.delete(`home-school/grades/${grade.body.id}`);
    expect(g.status).toBe(409);
    expect(g.body.error).toMatchObject({ code: 'grade_not_empty', message: '年級仍有班級，不能刪除' });
    expect((await agents.super.delete(`home-school/classes/${cls.body.id}`)).status).toBe(204);
    expect((await agents.super.delete(`home-school/grades/${grade.body.id}`)).status).toBe(204);
    expect((await agents.super.delete(`home-school/campuses/${campus.body.id}`)).status).toBe(204);
    expect(await counts()).toEqual({ ...before, audit: before.audit + 6 });
  });

  it('CT-02 a class with students cannot be deleted (409 naming the reason)', async () => {
    const res = await agents.super.delete(`home-school/classes/${f.hs.classes['小三甲班']}`);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'class_not_empty', message: '班級仍有學生，不能刪除' });
  });

  it('CT-02 renames and moves a class; a scoped admin may not move it out of its scope', async () => {
    const cls = f.hs.classes['小三甲班'];
    expect((await agents.scopedIn.patch(`home-school/classes/${cls}`, { name: '小三甲班' })).status).toBe(200);
    const moved = await agents.scopedIn.patch(`home-school/classes/${cls}`, { gradeId: f.hs.grades['小四'] });
    expect(moved.body.error).toMatchObject({ code: 'not_found', field: 'gradeId' });
  });

  it('X-03 bad input names the field and changes nothing', async () => {
    const before = await counts();
    const bad = [
      ['home-school/campuses', { name: '' }, 'name'],
      ['home-school/grades', { campusId: f.hs.campusId, name: '幼二', schoolYear: '2026/2028' }, 'schoolYear'],
      ['home-school/grades', { campusId: f.hs.campusId, name: '幼二', schoolYear: '2026/2027', extra: 1 }, 'extra'],
      ['home-school/classes', { gradeId: f.hs.grades['小一'], name: '小一丙班', source: 'b08' }, 'source'],
      ['home-school/classes', { gradeId: f.hs.grades['小一'], name: 'x'.repeat(51) }, 'name'],
    ] as const;
    for (const [path, body, field] of bad) {
      const res = await agents.super.post(path, body);
      expect(res.status).toBe(400);
      expect(res.body.error.field).toBe(field);
    }
    expect(await counts()).toEqual(before);
  });
});

describe('CT-02 invite by QR code', () => {
  it('CT-02 the class QR is an SVG download encoding the class subscription link', async () => {
    const cls = f.hs.classes['小三甲班'];
    const res = await agents.teacher.raw('GET', `home-school/classes/${cls}/invite-qr.svg`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment;/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe('小三甲班-邀請二維碼.svg');
    const svg = await res.text();
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    const { renderSVG } = await import('uqr');
    expect(svg).toBe(renderSVG(`http://localhost/admin/B-888/m/join?class=${cls}`, { ecc: 'M', border: 2 }));
  });

  it('校友二維碼 encodes the alumni binding page', async () => {
    const res = await agents.super.raw('GET', 'home-school/alumni-qr.svg');
    const { renderSVG } = await import('uqr');
    expect(await res.text()).toBe(renderSVG('http://localhost/admin/B-888/m/alumni', { ecc: 'M', border: 2 }));
    expect(decodeURIComponent((res.headers.get('content-disposition') ?? '').split("UTF-8''")[1])).toBe('校友二維碼.svg');
  });
});
