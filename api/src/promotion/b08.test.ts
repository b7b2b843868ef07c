import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, classes } from '../../../db/schema';
import { ROLES, type Role, type SchoolFixture, signInAll } from '../home-school/fixture';
import type { Agent } from '../test/agent';
import type { TestEnv } from '../test/harness';
import { NEXT_YEAR, promotionCounts, promotionEnv, syncYear } from './test-school';

/** PRM-01, PRM-02, PRM-03: 按B08表同步年級班別. */

let env: TestEnv;
let B: SchoolFixture;
let C: SchoolFixture;
let agents: Record<Role, Agent>;

beforeAll(async () => {
  ({ env, schools: [B, C] } = await promotionEnv());
  agents = await signInAll(env, 'B-888');
});
afterAll(() => env.close());

type Tree = { campuses: { grades: { name: string; schoolYear?: string; classes: { id: string; name: string }[] }[] }[] };
const classNames = (t: Tree) => t.campuses.flatMap((c) => c.grades.flatMap((g) => g.classes.map((k) => k.name)));

describe('PRM-01 從教青局同步', () => {
  it('PRM-01 fetches the year’s grade/class table from the bureau, grouped by grade in school order', async () => {
    const res = await agents.super.post('promotion/b08/fetch', { schoolYear: NEXT_YEAR });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ schoolYear: NEXT_YEAR, classCount: 30, campuses: ['小學部校舍', '中學部校舍'] });
    expect(res.body.grades.map((g: { gradeCode: string }) => g.gradeCode)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'J1', 'J2', 'J3', 'S1', 'S2', 'S3']);
    expect(res.body.grades[0].classes[0].className).toEqual({ 'zh-Hant': '小一甲班', en: 'P1A', pt: '1.º Ano Primário A' });
    const none = await agents.super.post('promotion/b08/fetch', { schoolYear: '2031/2032' });
    expect(none.body).toMatchObject({ classCount: 0, fetchedAt: null, grades: [] });
  });

  it('X-03 a school year of the wrong form names the field', async () => {
    expect((await agents.super.post('promotion/b08/fetch', { schoolYear: '2027-2028' })).body.error.field).toBe('schoolYear');
  });
});

describe('PRM-01 同步到智慧校園', () => {
  it('PRM-01 PRM-02 creates the new year’s grades and classes (source b08), visible in the contacts tree; twice creates nothing twice', async () => {
    const before = await promotionCounts(env);
    const first = await syncYear(agents.super, B);
    expect(first.created).toEqual({ grades: 12, classes: 30 });
    expect(first.grades[0]).toMatchObject({ name: '小一', code: 'P1', created: true });
    expect(first.grades[0].classes.map((c: { name: string }) => c.name)).toEqual(['小一甲班', '小一乙班', '小一丙班']);
    const after = await promotionCounts(env);
    expect(after).toEqual({ ...before, grades: before.grades + 12, classes: before.classes + 30 });
    const tree = (await agents.super.get(`home-school/tree?schoolYear=${encodeURIComponent(NEXT_YEAR)}`)).body as Tree;
    expect(classNames(tree)).toHaveLength(30);
    const { db } = await env.ctx('B-888');
    const made = await db.select().from(classes).where(eq(classes.schoolYear, NEXT_YEAR)).all();
    expect(made.every((c) => c.source === 'b08' && c.audience === 'all')).toBe(true);

    const again = await syncYear(agents.super, B, NEXT_YEAR, { language: 'en' });
    expect(again.created).toEqual({ grades: 0, classes: 0 });
    expect(again.grades[0].classes.map((c: { id: string }) => c.id)).toEqual(first.grades[0].classes.map((c: { id: string }) => c.id));
    expect(await promotionCounts(env)).toEqual(after);
    expect(await db.$count(auditLog, eq(auditLog.action, 'promotion.b08-sync'))).toBe(2);
  });

  it('PRM-03 subscription then offers the newest year’s B08 classes', async () => {
    const a = env.agent('B-888');
    const start = await a.post('subscription/drafts', { kind: 'family', termsAccepted: true, identity: 'parent' });
    env.clock.advance(61_000);
    await a.post(`subscription/drafts/${start.body.token}/phone`, { areaCode: '86', phone: '13900139000', phoneConfirm: '13900139000' });
    const options = await a.get(`subscription/drafts/${start.body.token}/options`);
    expect(new Set(options.body.classes.map((c: { schoolYear: string }) => c.schoolYear))).toEqual(new Set([NEXT_YEAR]));
    expect(options.body.classes).toHaveLength(30);
  });

  it('PRM-01 the current year onto the classes an admin already has: same-named classes are adopted, the missing ones made', async () => {
    const res = await syncYear(agents.creator, B, '2026/2027');
    // the demo has 甲班 and 乙班 of every grade; the bureau adds 小一丙班 … 小六丙班
    expect(res.created).toEqual({ grades: 0, classes: 6 });
  });

  it('PRM-01 separate classes for students and parents, named in the chosen language; the choice cannot change later', async () => {
    const c = env.agent('C-001');
    await c.signIn('admin', 'password1');
    const res = await syncYear(c, C, NEXT_YEAR, { language: 'en', separateParentClasses: true });
    expect(res.created).toEqual({ grades: 1, classes: 6 });
    expect(res.grades[0].classes.map((k: { name: string; audience: string }) => `${k.name}|${k.audience}`)).toEqual([
      'P1A (Students)|students',
      'P1A (Parents)|parents',
      'P1B (Students)|students',
      'P1B (Parents)|parents',
      'P1C (Students)|students',
      'P1C (Parents)|parents',
    ]);
    expect(res.grades[0].name).toBe('Primary 1');
    const before = await promotionCounts(env, 'C-001');
    const changed = await c.post('promotion/b08/sync', { schoolYear: NEXT_YEAR, campusId: C.hs.campusId, language: 'en', separateParentClasses: false });
    expect(changed.status).toBe(409);
    expect(changed.body.error).toMatchObject({ code: 'b08_layout_changed', field: 'separateParentClasses' });
    expect(await promotionCounts(env, 'C-001')).toEqual(before);
  });

  it('refuses a year not fetched, an unknown campus and a campus of another school, changing nothing', async () => {
    const before = await promotionCounts(env);
    const notFetched = await agents.super.post('promotion/b08/sync', { schoolYear: '2030/2031', campusId: B.hs.campusId, language: 'zh-Hant', separateParentClasses: false });
    expect(notFetched.body.error).toMatchObject({ code: 'b08_not_fetched', field: 'schoolYear' });
    const foreign = await agents.super.post('promotion/b08/sync', { schoolYear: NEXT_YEAR, campusId: C.hs.campusId, language: 'zh-Hant', separateParentClasses: false });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.field).toBe('campusId');
    const lang = await agents.super.post('promotion/b08/sync', { schoolYear: NEXT_YEAR, campusId: B.hs.campusId, language: 'fr', separateParentClasses: false });
    expect(lang.body.error.field).toBe('language');
    expect(await promotionCounts(env)).toEqual(before);
  });
});

describe('who may sync (B08 app)', () => {
  const allowed: Role[] = ['super', 'creator'];
  it.each(ROLES)('%s', async (role) => {
    const fetch = await agents[role].post('promotion/b08/fetch', { schoolYear: NEXT_YEAR });
    const sync = await agents[role].post('promotion/b08/sync', { schoolYear: NEXT_YEAR, campusId: B.hs.campusId, language: 'zh-Hant', separateParentClasses: false });
    const expected = role === 'anonymous' ? 401 : allowed.includes(role) ? 200 : 403;
    expect([fetch.status, sync.status]).toEqual([expected, expected]);
  });

  it('a scoped admin with the b08 app in scope may; one with only b01 may not', async () => {
    await env.addMember('B-888', { kind: 'staff', name: 'B08管理', account: 'b08admin', password: 'password9', phone: '66000021', adminRole: 'scoped', scope: { apps: ['b08'] } });
    await env.addMember('B-888', { kind: 'staff', name: 'B01管理', account: 'b01admin', password: 'password9', phone: '66000022', adminRole: 'scoped', scope: { apps: ['b01'] } });
    const yes = env.agent('B-888');
    await yes.signIn('b08admin', 'password9');
    const no = env.agent('B-888');
    await no.signIn('b01admin', 'password9');
    expect((await yes.post('promotion/b08/fetch', { schoolYear: NEXT_YEAR })).status).toBe(200);
    expect((await no.post('promotion/b08/fetch', { schoolYear: NEXT_YEAR })).status).toBe(403);
  });
});
