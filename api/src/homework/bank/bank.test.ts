import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchoolDb } from '../../../../db/client';
import { auditLog, hwQuestions, subjects } from '../../../../db/schema';
import { questionTypes } from '../../../../db/schema/homework';
import { type Role, type SchoolFixture, seedSchool, signInAll } from '../../home-school/fixture';
import type { Agent } from '../../test/agent';
import { createTestEnv, type TestEnv } from '../../test/harness';
import { SAMPLE_CONTENT } from './samples';

let env: TestEnv;
let f: SchoolFixture;
let a: Record<Role, Agent>;
let zhang: Agent;
let db: SchoolDb;
let other: { teacher: Agent; questionId: string };

const question = (type: keyof typeof SAMPLE_CONTENT, over: Record<string, unknown> = {}) => ({
  subjectId: f.hs.subjects.MATH,
  type,
  ...SAMPLE_CONTENT[type],
  ...over,
});
const stored = () => db.$count(hwQuestions);
/** A question of 李老師, draft unless `publish`. */
async function make(type: keyof typeof SAMPLE_CONTENT = 'single', over: Record<string, unknown> = {}) {
  const res = await a.teacher.post('homework/questions', question(type, over));
  expect(res.status).toBe(201);
  return res.body as { id: string; status: string };
}

beforeAll(async () => {
  env = await createTestEnv();
  f = await seedSchool(env, 'B-888');
  a = await signInAll(env, 'B-888');
  zhang = env.agent('B-888');
  await zhang.signIn('zhang', 'password3');
  db = (await env.ctx('B-888')).db;
  await db.update(subjects).set({ enabled: false }).where(eq(subjects.id, f.hs.subjects.PE));
  await seedSchool(env, 'B-999');
  const t = env.agent('B-999');
  await t.signIn('teacher', 'password2');
  const subject = (await (await env.ctx('B-999')).db.select().from(subjects).where(eq(subjects.code, 'MATH')).get())?.id;
  const res = await t.post('homework/questions', { subjectId: subject, type: 'true_false', ...SAMPLE_CONTENT.true_false });
  other = { teacher: t, questionId: res.body.id };
});
afterAll(() => env.close());

describe('HW-01 the eight question types', () => {
  it.each(questionTypes)('HW-01 a %s question is stored and read back with its key', async (type) => {
    const res = await a.teacher.post('homework/questions', question(type));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ type, status: 'draft', text: SAMPLE_CONTENT[type].text, subject: { id: f.hs.subjects.MATH, name: '數學' }, creator: { id: f.members.teacher, name: '李老師' }, usedBy: 0 });
    const got = await zhang.get(`homework/questions/${res.body.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ body: SAMPLE_CONTENT[type].body, answerKey: SAMPLE_CONTENT[type].answerKey, attachments: [] });
  });

  it.each([
    ['single', { answerKey: { optionId: 'o9' } }, 'answerKey.optionId'],
    ['single', { body: { options: [{ id: 'o1', text: '3' }] } }, 'body.options'],
    ['single', { body: { options: [{ id: 'o1', text: '3' }, { id: 'o1', text: '4' }] } }, 'body.options'],
    ['single', { body: { options: [{ id: 'o1', text: '3' }, { id: 'o2', text: '4' }], shuffle: true } }, 'body.shuffle'],
    ['multiple', { answerKey: { optionIds: [] } }, 'answerKey.optionIds'],
    ['multiple', { answerKey: { optionIds: ['o1', 'o1'] } }, 'answerKey.optionIds'],
    ['ordering', { answerKey: { order: ['b', 'b'] } }, 'answerKey.order'],
    ['short', { answerKey: {} }, 'answerKey.accepted'],
    ['true_false', { answerKey: { value: 'yes' } }, 'answerKey.value'],
    ['file', { body: { maxFiles: 0 } }, 'body.maxFiles'],
    ['matching', { answerKey: { pairs: { l1: 'r1', l9: 'r2' } } }, 'answerKey.pairs'],
    ['fill', { answerKey: { blanks: [['4'], ['5']] } }, 'answerKey.blanks'],
    ['single', { text: '   ' }, 'text'],
    ['single', { type: 'essay' }, 'type'],
    ['single', { status: 'published' }, 'status'],
    ['single', { creatorId: 'x' }, 'creatorId'],
  ] as const)('HW-01 X-03 a bad %s question names %o → %s and stores nothing', async (type, over, field) => {
    const before = await stored();
    const res = await a.teacher.post('homework/questions', question(type, over));
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe(field);
    expect(res.body.error.message).toContain(field);
    expect(await stored()).toBe(before);
  });

  it('HW-01 publish: true publishes at once', async () => {
    const q = await make('fill', { publish: true });
    expect(q.status).toBe('published');
  });

  it('TT-07 only an enabled subject can be picked', async () => {
    const before = await stored();
    const disabled = await a.teacher.post('homework/questions', question('single', { subjectId: f.hs.subjects.PE }));
    expect(disabled.status).toBe(400);
    expect(disabled.body.error).toMatchObject({ code: 'subject_disabled', field: 'subjectId' });
    const unknown = await a.teacher.post('homework/questions', question('single', { subjectId: 'nope' }));
    expect(unknown.body.error).toMatchObject({ code: 'unknown_ref', field: 'subjectId' });
    const q = await make();
    const moved = await a.teacher.patch(`homework/questions/${q.id}`, { subjectId: f.hs.subjects.PE });
    expect(moved.body.error).toMatchObject({ code: 'subject_disabled', field: 'subjectId' });
    expect(await stored()).toBe(before + 1);
  });

  it('HW-01 attachments are the uploader’s files, shown with a URL every staff member can download', async () => {
    const up = await a.teacher.raw('POST', 'files?name=題目.txt', { body: 'a diagram', headers: { 'content-type': 'text/plain' } });
    const fileId = (await up.json()).id as string;
    const upZhang = await zhang.raw('POST', 'files?name=x.txt', { body: 'not yours', headers: { 'content-type': 'text/plain' } });
    const zhangFile = (await upZhang.json()).id as string;
    const refused = await a.teacher.post('homework/questions', question('single', { attachmentIds: [fileId, zhangFile] }));
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'unknown_ref', field: 'attachmentIds.1' });
    const q = await a.teacher.post('homework/questions', question('single', { attachmentIds: [fileId] }));
    const got = await zhang.get(`homework/questions/${q.body.id}`);
    expect(got.body.attachments).toEqual([{ id: fileId, name: '題目.txt', size: 9, url: `/api/s/B-888/homework/questions/${q.body.id}/files/${fileId}` }]);
    const download = await zhang.raw('GET', got.body.attachments[0].url);
    expect(download.status).toBe(200);
    expect(await download.text()).toBe('a diagram');
    expect((await zhang.raw('GET', `homework/questions/${q.body.id}/files/${zhangFile}`)).status).toBe(404);
    expect((await a.parent.raw('GET', got.body.attachments[0].url)).status).toBe(403);
    // an edit keeps the attachment it already holds
    const edited = await a.teacher.patch(`homework/questions/${q.body.id}`, { attachmentIds: [fileId], text: '看圖回答' });
    expect(edited.status).toBe(200);
    expect(edited.body.attachments).toHaveLength(1);
  });
});

describe('HW-02 drafts change, published questions never do', () => {
  it('HW-02 the creator edits a draft; type, body and key are checked together', async () => {
    const q = await make('single');
    const text = await a.teacher.patch(`homework/questions/${q.id}`, { text: '1+3=?', answerKey: { optionId: 'o2' } });
    expect(text.status).toBe(200);
    expect(text.body).toMatchObject({ text: '1+3=?', answerKey: { optionId: 'o2' }, status: 'draft' });
    const badKey = await a.teacher.patch(`homework/questions/${q.id}`, { answerKey: { optionId: 'o7' } });
    expect(badKey.body.error).toMatchObject({ code: 'question_content_invalid', field: 'answerKey.optionId' });
    const newType = await a.teacher.patch(`homework/questions/${q.id}`, { type: 'true_false' });
    expect(newType.status).toBe(400);
    expect(newType.body.error.field).toBe('body.options');
    const retyped = await a.teacher.patch(`homework/questions/${q.id}`, { type: 'true_false', body: {}, answerKey: { value: true } });
    expect(retyped.body).toMatchObject({ type: 'true_false', answerKey: { value: true } });
    const row = await db.select().from(hwQuestions).where(eq(hwQuestions.id, q.id)).get();
    expect(row?.text).toBe('1+3=?');
  });

  it('HW-02 a published question is 409 question_published and unchanged', async () => {
    const q = await make('single');
    const pub = await a.teacher.post(`homework/questions/${q.id}/publish`);
    expect(pub.status).toBe(200);
    expect(pub.body.status).toBe('published');
    const edit = await a.teacher.patch(`homework/questions/${q.id}`, { text: '改了' });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('question_published');
    expect((await a.teacher.post(`homework/questions/${q.id}/publish`)).status).toBe(409);
    expect((await db.select().from(hwQuestions).where(eq(hwQuestions.id, q.id)).get())?.text).toBe('1+2=?');
  });

  it('HW-02 PATCH with publish: true saves then publishes', async () => {
    const q = await make('short');
    const res = await a.teacher.patch(`homework/questions/${q.id}`, { text: '20 的一半？', answerKey: { accepted: ['10'] }, publish: true });
    expect(res.body).toMatchObject({ status: 'published', text: '20 的一半？' });
  });

  it.each(['zhang', 'super', 'creator'] as const)('HW-02 %s may not edit, publish or delete 李老師’s question (403), it stays', async (who) => {
    const agent = who === 'zhang' ? zhang : a[who];
    const q = await make();
    expect((await agent.patch(`homework/questions/${q.id}`, { text: 'x' })).status).toBe(403);
    expect((await agent.post(`homework/questions/${q.id}/publish`)).status).toBe(403);
    expect((await agent.delete(`homework/questions/${q.id}`)).status).toBe(403);
    expect((await db.select().from(hwQuestions).where(eq(hwQuestions.id, q.id)).get())?.status).toBe('draft');
  });

  it('HW-02 creators delete their own questions, drafts or published, with an audit row', async () => {
    const draft = await make();
    const published = await make('true_false', { publish: true });
    expect((await a.teacher.delete(`homework/questions/${draft.id}`)).status).toBe(204);
    expect((await a.teacher.delete(`homework/questions/${published.id}`)).status).toBe(204);
    expect((await a.teacher.get(`homework/questions/${draft.id}`)).status).toBe(404);
    const audit = await db.select().from(auditLog).where(eq(auditLog.targetId, published.id)).all();
    expect(audit.map((r) => r.action).sort()).toEqual(['hw_question.delete', 'hw_question.publish']);
  });

  it('HW-02 a question a definition holds is 409 question_in_use', async () => {
    const q = await make('single', { publish: true });
    const d = await a.teacher.post('homework/definitions', { title: '練習', subjectId: f.hs.subjects.MATH, scored: false });
    const s = await a.teacher.post(`homework/definitions/${d.body.id}/sections`, { title: '一' });
    expect((await a.teacher.post(`homework/definitions/${d.body.id}/sections/${s.body.sections[0].id}/items`, { questionIds: [q.id] })).status).toBe(201);
    const res = await a.teacher.delete(`homework/questions/${q.id}`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('question_in_use');
    expect((await a.teacher.get(`homework/questions/${q.id}`)).body.usedBy).toBe(1);
  });
});

describe('X-01 題庫 list', () => {
  it('X-01 newest first, searched on the text, filtered and paged', async () => {
    env.clock.advance(60_000);
    const first = await a.teacher.post('homework/questions', question('fill', { text: '獨角獸 ____ 題', subjectId: f.hs.subjects.ENG }));
    env.clock.advance(60_000);
    const second = await zhang.post('homework/questions', question('single', { text: '獨角獸選擇', subjectId: f.hs.subjects.ENG, publish: true }));
    const all = await zhang.get('homework/questions?q=獨角獸');
    expect(all.body.items.map((r: { id: string }) => r.id)).toEqual([second.body.id, first.body.id]);
    expect(all.body.items[0]).toEqual({
      id: second.body.id,
      text: '獨角獸選擇',
      type: 'single',
      status: 'published',
      subject: { id: f.hs.subjects.ENG, name: '英文' },
      creator: { id: f.members.zhang, name: '張老師' },
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      publishedAt: expect.any(String),
      usedBy: 0,
    });
    expect(all.body.items[0]).not.toHaveProperty('answerKey');
    const ids = async (query: string, agent: Agent = zhang) => (await agent.get(`homework/questions?${query}`)).body.items.map((r: { id: string }) => r.id);
    expect(await ids('q=獨角獸&mine=1')).toEqual([second.body.id]);
    expect(await ids('q=獨角獸&mine=1', a.teacher)).toEqual([first.body.id]);
    expect(await ids(`q=獨角獸&creatorId=${f.members.teacher}`)).toEqual([first.body.id]);
    expect(await ids('q=獨角獸&type=fill')).toEqual([first.body.id]);
    expect(await ids('q=獨角獸&status=published')).toEqual([second.body.id]);
    expect(await ids(`subjectId=${f.hs.subjects.ENG}`)).toEqual([second.body.id, first.body.id]);
    expect(await ids('q=獨角%')).toEqual([]);
    const paged = await zhang.get('homework/questions?pageSize=1&page=2&q=獨角獸');
    expect(paged.body).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ id: first.body.id }] });
    expect((await zhang.get('homework/questions?type=essay')).body.error.field).toBe('type');
    expect((await zhang.get('homework/questions?pageSize=500')).status).toBe(400);
  });
});

describe('HW-01 HW-02 who may use the bank', () => {
  const routes = (id: string): [string, string, unknown?][] => [
    ['GET', 'homework/questions'],
    ['POST', 'homework/questions', { subjectId: 'x', type: 'true_false', ...SAMPLE_CONTENT.true_false }],
    ['GET', `homework/questions/${id}`],
    ['PATCH', `homework/questions/${id}`, { text: 'x' }],
    ['POST', `homework/questions/${id}/publish`],
    ['DELETE', `homework/questions/${id}`],
  ];
  it.each(['anonymous', 'parent', 'student'] as const)('HW-01 %s: 401 anonymous, 403 parents and students, on every route; nothing changes', async (role) => {
    const q = await make();
    const before = await stored();
    for (const [method, path, body] of routes(q.id)) {
      const res = await a[role].json(method, path, body);
      expect([method, path, res.status]).toEqual([method, path, role === 'anonymous' ? 401 : 403]);
    }
    expect(await stored()).toBe(before);
  });

  it.each(['teacher', 'scopedIn', 'super', 'creator'] as const)('HW-01 staff (%s) list, view and add questions', async (role) => {
    expect((await a[role].get('homework/questions')).status).toBe(200);
    const res = await a[role].post('homework/questions', question('true_false'));
    expect(res.status).toBe(201);
    expect((await a[role].get(`homework/questions/${res.body.id}`)).status).toBe(200);
    expect((await a[role].delete(`homework/questions/${res.body.id}`)).status).toBe(204);
  });

  it('HW-01 tenant isolation: a question of school B-999 is 404 through B-888', async () => {
    const id = other.questionId;
    for (const [method, path, body] of routes(id).slice(2)) {
      const res = await a.teacher.json(method, path, body);
      expect([method, res.status]).toEqual([method, 404]);
    }
    expect((await zhang.get('homework/questions?pageSize=100')).body.items.map((r: { id: string }) => r.id)).not.toContain(id);
    expect((await other.teacher.get(`homework/questions/${id}`)).status).toBe(200);
  });
});
