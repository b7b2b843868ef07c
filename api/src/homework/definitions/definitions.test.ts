import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchoolDb } from '../../../../db/client';
import { auditLog, hwAssignments, hwDefinitionItems, hwDefinitions, hwSections, subjects } from '../../../../db/schema';
import { type Role, type SchoolFixture, seedSchool, signInAll } from '../../home-school/fixture';
import { newId } from '../../lib/ids';
import type { Agent } from '../../test/agent';
import { createTestEnv, type TestEnv } from '../../test/harness';
import { SAMPLE_CONTENT } from '../bank/samples';
import { loadDefinitionQuestions } from './load-definition';

type Item = { id: string; questionId: string; type: string; text: string; score: number | null; sortOrder: number };
type Section = { id: string; parentId: string | null; title: string; sortOrder: number; items: Item[] };
type Definition = { id: string; status: string; scored: boolean; totalScore: number | null; questionCount: number; creator: { id: string }; sections: Section[] };

let env: TestEnv;
let f: SchoolFixture;
let a: Record<Role, Agent>;
let zhang: Agent;
let db: SchoolDb;
/** Published 數學 questions by type, a 數學 draft, a published 中文 one. */
const q: Record<string, string> = {};
let other: { teacher: Agent; definitionId: string; sectionId: string; itemId: string; questionId: string };

const D = (id: string, rest = '') => `homework/definitions/${id}${rest}`;
async function question(agent: Agent, subjectId: string, type: keyof typeof SAMPLE_CONTENT, publish = true, text?: string) {
  const res = await agent.post('homework/questions', { subjectId, type, ...SAMPLE_CONTENT[type], ...(text ? { text } : {}), publish });
  expect(res.status).toBe(201);
  return res.body.id as string;
}
async function definition(agent: Agent = a.teacher, over: Record<string, unknown> = {}): Promise<Definition> {
  const res = await agent.post('homework/definitions', { title: '三年級數學練習', subjectId: f.hs.subjects.MATH, scored: true, ...over });
  expect(res.status).toBe(201);
  return res.body;
}
async function section(id: string, title: string, parentId?: string, agent: Agent = a.teacher): Promise<Section> {
  const res = await agent.post(D(id, '/sections'), { title, ...(parentId ? { parentId } : {}) });
  expect(res.status).toBe(201);
  const d = res.body as Definition;
  return d.sections.filter((s) => s.title === title).at(-1) as Section;
}
async function items(id: string, sectionId: string, questionIds: string[]): Promise<Definition> {
  const res = await a.teacher.post(D(id, `/sections/${sectionId}/items`), { questionIds });
  expect(res.status).toBe(201);
  return res.body;
}
/** A scored draft with two sections (the second nested under a third) holding four types. */
async function readyDraft() {
  const d = await definition();
  const s1 = await section(d.id, '一、選擇題');
  const s2 = await section(d.id, '二、應用題');
  const s21 = await section(d.id, '(一) 計算', s2.id);
  await items(d.id, s1.id, [q.single, q.multiple]);
  const full = await items(d.id, s21.id, [q.fill, q.matching]);
  return { d: full, s1, s2, s21 };
}
const tableCounts = async () => ({
  definitions: await db.$count(hwDefinitions),
  sections: await db.$count(hwSections),
  items: await db.$count(hwDefinitionItems),
});

beforeAll(async () => {
  env = await createTestEnv();
  f = await seedSchool(env, 'B-888');
  a = await signInAll(env, 'B-888');
  zhang = env.agent('B-888');
  await zhang.signIn('zhang', 'password3');
  db = (await env.ctx('B-888')).db;
  for (const type of ['single', 'multiple', 'fill', 'matching', 'true_false', 'ordering'] as const) q[type] = await question(a.teacher, f.hs.subjects.MATH, type);
  q.draft = await question(a.teacher, f.hs.subjects.MATH, 'short', false);
  q.chinese = await question(zhang, f.hs.subjects.CHI, 'short');
  await db.update(subjects).set({ enabled: false }).where(eq(subjects.id, f.hs.subjects.PE));

  await seedSchool(env, 'B-999');
  const t = env.agent('B-999');
  await t.signIn('teacher', 'password2');
  const math = (await (await env.ctx('B-999')).db.select().from(subjects).where(eq(subjects.code, 'MATH')).get())?.id ?? '';
  const qid = await question(t, math, 'true_false');
  const d = (await t.post('homework/definitions', { title: 'B', subjectId: math, scored: true })).body as Definition;
  const s = (await t.post(D(d.id, '/sections'), { title: '一' })).body.sections[0] as Section;
  const withItem = (await t.post(D(d.id, `/sections/${s.id}/items`), { questionIds: [qid] })).body as Definition;
  other = { teacher: t, definitionId: d.id, sectionId: s.id, itemId: withItem.sections[0].items[0].id, questionId: qid };
});
afterAll(() => env.close());

describe('HW-03 definitions, sections and questions', () => {
  it('HW-03 添加 makes a draft of an enabled subject; TT-07 a disabled one is refused', async () => {
    const d = await definition();
    expect(d).toMatchObject({ title: '三年級數學練習', status: 'draft', scored: true, totalScore: null, questionCount: 0, sections: [], subject: { name: '數學' }, creator: { id: f.members.teacher, name: '李老師' } });
    const before = await tableCounts();
    const disabled = await a.teacher.post('homework/definitions', { title: 'x', subjectId: f.hs.subjects.PE, scored: true });
    expect(disabled.body.error).toMatchObject({ code: 'subject_disabled', field: 'subjectId' });
    const bad = await a.teacher.post('homework/definitions', { title: 'x', subjectId: f.hs.subjects.MATH, scored: 'yes' });
    expect(bad.body.error.field).toBe('scored');
    const extra = await a.teacher.post('homework/definitions', { title: 'x', subjectId: f.hs.subjects.MATH, scored: true, status: 'completed' });
    expect(extra.body.error).toMatchObject({ code: 'unknown_field', field: 'status' });
    expect(await tableCounts()).toEqual(before);
  });

  it('HW-03 the section tree comes back in display order with its items, in one call', async () => {
    const { d, s1, s2, s21 } = await readyDraft();
    const got = (await zhang.get(D(d.id))).body as Definition;
    expect(got.sections.map((s) => [s.title, s.parentId])).toEqual([
      ['一、選擇題', null],
      ['二、應用題', null],
      ['(一) 計算', s2.id],
    ]);
    expect(got.sections[0].items.map((i) => [i.questionId, i.type, i.score, i.sortOrder])).toEqual([
      [q.single, 'single', null, 0],
      [q.multiple, 'multiple', null, 1],
    ]);
    expect(got.sections[2].items.map((i) => i.type)).toEqual(['fill', 'matching']);
    expect(got.questionCount).toBe(4);
    // moving: the second top section first, then the first item last
    const moved = (await a.teacher.patch(D(d.id, `/sections/${s2.id}`), { sortOrder: 0, title: '二、應用' })).body as Definition;
    expect(moved.sections.map((s) => s.title)).toEqual(['二、應用', '(一) 計算', '一、選擇題']);
    const item = got.sections[0].items[0];
    const reordered = (await a.teacher.patch(D(d.id, `/items/${item.id}`), { sortOrder: 99 })).body as Definition;
    expect(reordered.sections.find((s) => s.id === s1.id)?.items.map((i) => i.questionId)).toEqual([q.multiple, q.single]);
    expect(s21.parentId).toBe(s2.id);
  });

  it('HW-03 a parent section must be one of the same definition', async () => {
    const d = await definition();
    const before = await tableCounts();
    const res = await a.teacher.post(D(d.id, '/sections'), { title: 'x', parentId: other.sectionId });
    expect(res.body.error).toMatchObject({ code: 'unknown_ref', field: 'parentId' });
    expect(await tableCounts()).toEqual(before);
  });

  it.each([
    ['a draft question', () => [q.draft], 400, 'question_not_published', 'questionIds.0'],
    ['a question of another subject', () => [q.true_false, q.chinese], 400, 'question_wrong_subject', 'questionIds.1'],
    ['a question twice in one call', () => [q.true_false, q.true_false], 409, 'question_already_added', 'questionIds.1'],
    ['a question already in the definition', () => [q.single], 409, 'question_already_added', 'questionIds.0'],
    ['an unknown question', () => ['nope'], 400, 'unknown_ref', 'questionIds.0'],
    ['a question of another school', () => [other.questionId], 400, 'unknown_ref', 'questionIds.0'],
  ])('HW-03 adding %s is refused, naming it, and adds nothing', async (_, ids, status, code, field) => {
    const d = await definition();
    const s = await section(d.id, '一');
    await items(d.id, s.id, [q.single]);
    const before = await tableCounts();
    const res = await a.teacher.post(D(d.id, `/sections/${s.id}/items`), { questionIds: ids() });
    expect(res.status).toBe(status);
    expect(res.body.error).toMatchObject({ code, field });
    expect(await tableCounts()).toEqual(before);
  });

  it('HW-03 scores one by one and 批量設置分數 for a section and its sub-sections', async () => {
    const { d, s1, s2 } = await readyDraft();
    const batch = (await a.teacher.post(D(d.id, `/sections/${s2.id}/score`), { score: 3 })).body as Definition;
    expect(batch.sections.flatMap((s) => s.items.map((i) => i.score))).toEqual([null, null, 3, 3]);
    const one = (await a.teacher.patch(D(d.id, `/items/${d.sections[0].items[0].id}`), { score: 2.5 })).body as Definition;
    expect(one.sections.find((s) => s.id === s1.id)?.items[0].score).toBe(2.5);
    for (const bad of [0, -1, 1001, 1.234]) {
      const res = await a.teacher.patch(D(d.id, `/items/${d.sections[0].items[0].id}`), { score: bad });
      expect([bad, res.status, res.body.error.field]).toEqual([bad, 400, 'score']);
    }
    expect((await a.teacher.post(D(d.id, `/sections/${s1.id}/score`), { score: 0 })).body.error.field).toBe('score');
  });

  it('HW-03 刪除章節 removes its sub-sections and their questions; 刪除題目 one question', async () => {
    const { d, s2 } = await readyDraft();
    const after = (await a.teacher.delete(D(d.id, `/sections/${s2.id}`))).body as Definition;
    expect(after.sections.map((s) => s.title)).toEqual(['一、選擇題']);
    expect(after.questionCount).toBe(2);
    expect(await db.$count(hwSections, eq(hwSections.definitionId, d.id))).toBe(1);
    const gone = (await a.teacher.delete(D(d.id, `/items/${after.sections[0].items[0].id}`))).body as Definition;
    expect(gone.sections[0].items.map((i) => i.questionId)).toEqual([q.multiple]);
    expect((await a.teacher.delete(D(d.id, `/items/${after.sections[0].items[0].id}`))).status).toBe(404);
  });

  it('HW-03 an unscored definition holds no scores', async () => {
    const { d, s1 } = await readyDraft();
    await a.teacher.post(D(d.id, `/sections/${s1.id}/score`), { score: 2 });
    const off = (await a.teacher.patch(D(d.id), { scored: false })).body as Definition;
    expect(off.scored).toBe(false);
    expect(off.sections.flatMap((s) => s.items.map((i) => i.score))).toEqual([null, null, null, null]);
    const res = await a.teacher.post(D(d.id, `/sections/${s1.id}/score`), { score: 2 });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('definition_not_scored');
    expect((await a.teacher.patch(D(d.id, `/items/${off.sections[0].items[0].id}`), { score: 1 })).body.error.code).toBe('definition_not_scored');
    const done = (await a.teacher.post(D(d.id, '/complete'))).body as Definition;
    expect(done).toMatchObject({ status: 'completed', totalScore: null });
  });
});

describe('HW-04 完成, then only view and copy', () => {
  it('HW-04 an empty definition, an empty section and an unscored question each refuse 完成', async () => {
    const d = await definition();
    expect((await a.teacher.post(D(d.id, '/complete'))).body.error.code).toBe('definition_empty');
    const s1 = await section(d.id, '一、選擇題');
    await items(d.id, s1.id, [q.single, q.true_false]);
    const empty = await section(d.id, '二、空的');
    const res = await a.teacher.post(D(d.id, '/complete'));
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'section_empty', field: `sections.${empty.id}` });
    expect(res.body.error.message).toContain('二、空的');
    // a section holding only a sub-section with questions holds them
    const sub = await section(d.id, '(一)', empty.id);
    await items(d.id, sub.id, [q.ordering]);
    const unscored = await a.teacher.post(D(d.id, '/complete'));
    expect(unscored.body.error.code).toBe('item_unscored');
    await a.teacher.post(D(d.id, `/sections/${s1.id}/score`), { score: 2 });
    const lastOne = await a.teacher.post(D(d.id, '/complete'));
    const ordering = (await a.teacher.get(D(d.id))).body.sections[2].items[0] as Item;
    expect(lastOne.body.error).toMatchObject({ code: 'item_unscored', field: `items.${ordering.id}.score` });
    expect((await db.select().from(hwDefinitions).where(eq(hwDefinitions.id, d.id)).get())?.status).toBe('draft');
    await a.teacher.patch(D(d.id, `/items/${ordering.id}`), { score: 0.1 });
    await a.teacher.patch(D(d.id, `/items/${(await a.teacher.get(D(d.id))).body.sections[0].items[0].id}`), { score: 0.2 });
    const done = await a.teacher.post(D(d.id, '/complete'));
    expect(done.status).toBe(200);
    // 0.2 + 2 + 0.1: the total is the sum, in cents
    expect(done.body).toMatchObject({ status: 'completed', totalScore: 2.3, completedAt: expect.any(String) });
    const audit = await db.select().from(auditLog).where(eq(auditLog.targetId, d.id)).all();
    expect(audit.map((r) => r.action)).toContain('hw_definition.complete');
  });

  it('HW-04 every change of a completed definition is 409 definition_completed; nothing changes', async () => {
    const { d, s1 } = await readyDraft();
    await a.teacher.post(D(d.id, `/sections/${s1.id}/score`), { score: 5 });
    await a.teacher.post(D(d.id, `/sections/${d.sections[1].id}/score`), { score: 5 });
    expect((await a.teacher.post(D(d.id, '/complete'))).body.totalScore).toBe(20);
    const item = d.sections[0].items[0].id;
    const before = await tableCounts();
    const changes: [string, string, unknown?][] = [
      ['PATCH', D(d.id), { title: 'x' }],
      ['POST', D(d.id, '/sections'), { title: 'x' }],
      ['PATCH', D(d.id, `/sections/${s1.id}`), { title: 'x' }],
      ['DELETE', D(d.id, `/sections/${s1.id}`)],
      ['POST', D(d.id, `/sections/${s1.id}/items`), { questionIds: [q.true_false] }],
      ['POST', D(d.id, `/sections/${s1.id}/score`), { score: 1 }],
      ['PATCH', D(d.id, `/items/${item}`), { score: 1 }],
      ['DELETE', D(d.id, `/items/${item}`)],
      ['POST', D(d.id, '/complete')],
    ];
    for (const [method, path, body] of changes) {
      const res = await a.teacher.json(method, path, body);
      expect([method, path, res.status, res.body?.error?.code]).toEqual([method, path, 409, 'definition_completed']);
    }
    expect(await tableCounts()).toEqual(before);
  });

  it('HW-04 複製: any staff member copies any definition into a draft of their own with every question and score', async () => {
    const { d, s1 } = await readyDraft();
    await a.teacher.post(D(d.id, `/sections/${s1.id}/score`), { score: 4 });
    const copy = await zhang.post(D(d.id, '/copy'));
    expect(copy.status).toBe(201);
    const c = copy.body as Definition;
    expect(c.id).not.toBe(d.id);
    expect(c).toMatchObject({ status: 'draft', totalScore: null, creator: { id: f.members.zhang }, questionCount: 4 });
    const shape = (x: Definition) => x.sections.map((s) => [s.title, s.parentId === null, s.items.map((i) => [i.questionId, i.score])]);
    const original = (await a.teacher.get(D(d.id))).body as Definition;
    expect(shape(c)).toEqual(shape(original));
    expect(c.sections[2].parentId).toBe(c.sections[1].id);
    expect(c.sections.map((s) => s.id).some((id) => original.sections.some((o) => o.id === id))).toBe(false);
    // the copy is zhang's to edit; the original is untouched by it
    expect((await zhang.patch(D(c.id), { title: '張老師的版本' })).status).toBe(200);
    expect((await a.teacher.get(D(d.id))).body.title).toBe('三年級數學練習');
    expect((await a.parent.post(D(d.id, '/copy'))).status).toBe(403);
  });
});

describe('HW-03 HW-04 owners, deletion and lists', () => {
  it.each(['zhang', 'super', 'creator'] as const)('HW-04 %s may view but not change 李老師’s draft (403)', async (who) => {
    const agent = who === 'zhang' ? zhang : a[who];
    const { d, s1 } = await readyDraft();
    const before = await tableCounts();
    expect((await agent.get(D(d.id))).status).toBe(200);
    const changes: [string, string, unknown?][] = [
      ['PATCH', D(d.id), { title: 'x' }],
      ['POST', D(d.id, '/sections'), { title: 'x' }],
      ['PATCH', D(d.id, `/sections/${s1.id}`), { title: 'x' }],
      ['DELETE', D(d.id, `/sections/${s1.id}`)],
      ['POST', D(d.id, `/sections/${s1.id}/items`), { questionIds: [q.true_false] }],
      ['POST', D(d.id, `/sections/${s1.id}/score`), { score: 1 }],
      ['PATCH', D(d.id, `/items/${d.sections[0].items[0].id}`), { score: 1 }],
      ['DELETE', D(d.id, `/items/${d.sections[0].items[0].id}`)],
      ['POST', D(d.id, '/complete')],
      ['DELETE', D(d.id)],
    ];
    for (const [method, path, body] of changes) {
      const res = await agent.json(method, path, body);
      expect([method, path, res.status]).toEqual([method, path, 403]);
    }
    expect(await tableCounts()).toEqual(before);
  });

  it('HW-04 the creator deletes a definition, completed too, with its sections and items; an assigned one is 409 definition_in_use', async () => {
    const { d, s1 } = await readyDraft();
    await a.teacher.patch(D(d.id), { scored: false });
    expect((await a.teacher.post(D(d.id, '/complete'))).status).toBe(200);
    const now = env.clock.now();
    await db.insert(hwAssignments).values({
      id: newId(now.getTime()),
      title: '功課',
      subjectId: f.hs.subjects.MATH,
      definitionId: d.id,
      kind: 'answer',
      scored: false,
      creatorId: f.members.teacher,
      creatorName: '李老師',
      createdAt: now,
      updatedAt: now,
    });
    const res = await a.teacher.delete(D(d.id));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('definition_in_use');
    const second = await readyDraft();
    expect((await a.teacher.post(D(second.d.id, '/complete'))).status).toBe(409);
    expect((await a.teacher.delete(D(second.d.id))).status).toBe(204);
    expect(await db.$count(hwSections, eq(hwSections.definitionId, second.d.id))).toBe(0);
    expect(await db.$count(hwDefinitionItems, eq(hwDefinitionItems.definitionId, second.d.id))).toBe(0);
    expect((await a.teacher.get(D(second.d.id))).status).toBe(404);
    expect(s1.id).toBeTruthy();
    const audit = await db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'hw_definition.delete')).get();
    expect(audit?.n).toBeGreaterThan(0);
  });

  it('X-01 newest first, searched on the title, filtered and paged', async () => {
    env.clock.advance(60_000);
    const first = await definition(a.teacher, { title: '期末溫習 數學', scored: false });
    env.clock.advance(60_000);
    const second = await definition(zhang, { title: '期末溫習 中文', subjectId: f.hs.subjects.CHI });
    const s = await section(second.id, '一', undefined, zhang);
    await zhang.post(D(second.id, `/sections/${s.id}/items`), { questionIds: [q.chinese] });
    const ids = async (query: string, agent: Agent = a.teacher) => (await agent.get(`homework/definitions?${query}`)).body.items.map((r: { id: string }) => r.id);
    expect(await ids('q=期末溫習')).toEqual([second.id, first.id]);
    const row = (await a.teacher.get('homework/definitions?q=期末溫習')).body.items[0];
    expect(row).toMatchObject({ id: second.id, title: '期末溫習 中文', subject: { name: '中文' }, scored: true, status: 'draft', totalScore: null, creator: { name: '張老師' }, questionCount: 1 });
    expect(row).not.toHaveProperty('sections');
    expect(await ids('q=期末溫習&mine=1')).toEqual([first.id]);
    expect(await ids('q=期末溫習&scored=0')).toEqual([first.id]);
    expect(await ids(`q=期末溫習&subjectId=${f.hs.subjects.CHI}`)).toEqual([second.id]);
    expect(await ids('q=期末溫習&status=completed')).toEqual([]);
    expect((await a.teacher.get('homework/definitions?q=期末溫習&pageSize=1&page=2')).body).toMatchObject({ total: 2, items: [{ id: first.id }] });
    expect((await a.teacher.get('homework/definitions?status=done')).body.error.field).toBe('status');
  });
});

describe('HW-03 who may use definitions', () => {
  it.each(['anonymous', 'parent', 'student'] as const)('HW-03 %s: 401 anonymous, 403 parents and students, on every route', async (role) => {
    const { d, s1 } = await readyDraft();
    const before = await tableCounts();
    const routes: [string, string, unknown?][] = [
      ['GET', 'homework/definitions'],
      ['POST', 'homework/definitions', { title: 'x', subjectId: f.hs.subjects.MATH, scored: true }],
      ['GET', D(d.id)],
      ['PATCH', D(d.id), { title: 'x' }],
      ['DELETE', D(d.id)],
      ['POST', D(d.id, '/sections'), { title: 'x' }],
      ['PATCH', D(d.id, `/sections/${s1.id}`), { title: 'x' }],
      ['DELETE', D(d.id, `/sections/${s1.id}`)],
      ['POST', D(d.id, `/sections/${s1.id}/items`), { questionIds: [q.true_false] }],
      ['POST', D(d.id, `/sections/${s1.id}/score`), { score: 1 }],
      ['PATCH', D(d.id, `/items/${d.sections[0].items[0].id}`), { score: 1 }],
      ['DELETE', D(d.id, `/items/${d.sections[0].items[0].id}`)],
      ['POST', D(d.id, '/complete')],
      ['POST', D(d.id, '/copy')],
    ];
    for (const [method, path, body] of routes) {
      const res = await a[role].json(method, path, body);
      expect([method, path, res.status]).toEqual([method, path, role === 'anonymous' ? 401 : 403]);
    }
    expect(await tableCounts()).toEqual(before);
  });

  it('HW-03 tenant isolation: a definition, section or item of school B-999 is 404 through B-888', async () => {
    const { d, s1 } = await readyDraft();
    const o = other;
    const routes: [string, string, unknown?][] = [
      ['GET', D(o.definitionId)],
      ['PATCH', D(o.definitionId), { title: 'x' }],
      ['DELETE', D(o.definitionId)],
      ['POST', D(o.definitionId, '/copy')],
      ['POST', D(o.definitionId, '/complete')],
      ['POST', D(o.definitionId, '/sections'), { title: 'x' }],
      ['PATCH', D(d.id, `/sections/${o.sectionId}`), { title: 'x' }],
      ['DELETE', D(d.id, `/sections/${o.sectionId}`)],
      ['POST', D(d.id, `/sections/${o.sectionId}/items`), { questionIds: [q.true_false] }],
      ['POST', D(d.id, `/sections/${o.sectionId}/score`), { score: 1 }],
      ['PATCH', D(d.id, `/items/${o.itemId}`), { score: 1 }],
      ['DELETE', D(d.id, `/items/${o.itemId}`)],
    ];
    for (const [method, path, body] of routes) {
      const res = await a.teacher.json(method, path, body);
      expect([method, path, res.status]).toEqual([method, path, 404]);
    }
    expect(s1.id).toBeTruthy();
    expect((await other.teacher.get(D(o.definitionId))).body.questionCount).toBe(1);
  });
});

describe('loadDefinitionQuestions: what assignments and marking read', () => {
  it('HW-03 sections in display order with their questions, keys included, in two reads', async () => {
    const { d, s2, s21 } = await readyDraft();
    await a.teacher.patch(D(d.id, `/sections/${s2.id}`), { sortOrder: 0 });
    const loaded = await loadDefinitionQuestions(db, d.id);
    expect(loaded?.definition.id).toBe(d.id);
    expect(loaded?.sections.map((s) => [s.title, s.parentId])).toEqual([
      ['二、應用題', null],
      ['(一) 計算', s2.id],
      ['一、選擇題', null],
    ]);
    const fill = loaded?.sections[1].items[0];
    expect(fill).toMatchObject({ questionId: q.fill, score: null, question: { id: q.fill, type: 'fill', answerKey: SAMPLE_CONTENT.fill.answerKey, body: { blanks: 1 }, attachmentIds: [] } });
    expect(loaded?.sections[1].id).toBe(s21.id);
    expect(loaded?.sections[0].items).toEqual([]);
    expect(await loadDefinitionQuestions(db, 'nope')).toBeNull();
    const empty = await definition();
    expect((await loadDefinitionQuestions(db, empty.id))?.sections).toEqual([]);
  });
});
