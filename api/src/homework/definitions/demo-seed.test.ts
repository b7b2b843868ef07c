import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hwQuestions } from '../../../../db/schema';
import { questionTypes } from '../../../../db/schema/homework';
import { type DemoHomeworkBankIds, seedDemoHomeworkBank } from '../../../../db/seed/demo-homework-bank';
import { type Role, type SchoolFixture, seedSchool, signInAll } from '../../home-school/fixture';
import type { Agent } from '../../test/agent';
import { createTestEnv, type TestEnv } from '../../test/harness';
import { checkContent } from '../bank/content';
import { loadDefinitionQuestions } from './load-definition';

/** The demo's 題庫 and 作業定義 obey the rules the API enforces, so the demo shows real data. */

let env: TestEnv;
let f: SchoolFixture;
let a: Record<Role, Agent>;
let ids: DemoHomeworkBankIds;

beforeAll(async () => {
  env = await createTestEnv();
  f = await seedSchool(env, 'B-888');
  a = await signInAll(env, 'B-888');
  const ctx = await env.ctx('B-888');
  ids = await ctx.db.transaction((tx) => seedDemoHomeworkBank(tx, env.clock.now(), { teacher: { id: f.members.teacher, name: '李老師' }, subjects: f.hs.subjects }));
});
afterAll(() => env.close());

describe('demo 題庫 and 作業定義', () => {
  it('HW-01 questions of all eight types by 李老師, valid, some drafts, most published', async () => {
    const rows = await (await env.ctx('B-888')).db.select().from(hwQuestions).all();
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(questionTypes));
    for (const r of rows) expect(() => checkContent(r, 'zh-Hant')).not.toThrow();
    const drafts = rows.filter((r) => r.status === 'draft').length;
    expect(drafts).toBeGreaterThan(0);
    expect(drafts).toBeLessThan(rows.length / 2);
    expect(new Set(rows.map((r) => r.creatorId))).toEqual(new Set([f.members.teacher]));
    const list = await a.teacher.get('homework/questions?pageSize=100&mine=1');
    expect(list.body.total).toBe(rows.length);
  });

  it('HW-04 the completed 數學 definition has two sections, four or more types and the total of its scores', async () => {
    const loaded = await loadDefinitionQuestions((await env.ctx('B-888')).db, ids.definitions.completed);
    expect(loaded?.definition).toMatchObject({ status: 'completed', scored: true, subjectId: f.hs.subjects.MATH });
    expect(loaded?.sections).toHaveLength(2);
    const items = loaded?.sections.flatMap((s) => s.items) ?? [];
    expect(new Set(items.map((i) => i.question.type)).size).toBeGreaterThanOrEqual(4);
    expect(loaded?.definition.totalScore).toBe(items.reduce((n, i) => n + (i.score ?? 0), 0));
    // a copy passes 完成 with the same total, so the seed is what the API would have made
    const copy = await a.teacher.post(`homework/definitions/${ids.definitions.completed}/copy`);
    const done = await a.teacher.post(`homework/definitions/${copy.body.id}/complete`);
    expect(done.body).toMatchObject({ status: 'completed', totalScore: loaded?.definition.totalScore });
  });

  it('HW-04 the draft still needs a score before 完成', async () => {
    const res = await a.teacher.post(`homework/definitions/${ids.definitions.draft}/complete`);
    expect(res.body.error.code).toBe('item_unscored');
  });
});
