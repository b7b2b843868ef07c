import { readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchoolDb } from '../../../../db/client';
import { auditLog, hwQuestions, subjects } from '../../../../db/schema';
import { type Role, ROLES, type SchoolFixture, seedSchool, signInAll } from '../../home-school/fixture';
import { newId } from '../../lib/ids';
import type { Agent } from '../../test/agent';
import { createTestEnv, type TestEnv } from '../../test/harness';
import type { QuestionContent } from '../question-types';
import { ALL_TYPES, semantic } from './test-questions';

const moodleSample = readFileSync(new URL('./samples/moodle-quiz.xml', import.meta.url), 'utf8');
const giftSample = readFileSync(new URL('./samples/questions.gift', import.meta.url), 'utf8');
/** The GIFT sample without its one refused question (numerical). */
const giftGood = giftSample.replace('::Numerical::What is 2 + 3? {#5}', '');

let env: TestEnv;
let f: SchoolFixture;
let a: Record<Role, Agent>;
let clerk: Agent;
let db: SchoolDb;
let other: { db: SchoolDb; math: string; teacher: Agent };

const IMPORT = 'homework/questions/import';
const exportOf = (query: Record<string, string>) => `homework/questions/export?${new URLSearchParams(query)}`;
const body = (over: Record<string, unknown> = {}) => ({ format: 'gift', subjectId: f.hs.subjects.MATH, text: giftGood, dryRun: true, ...over });
const counts = async () => ({ questions: await db.$count(hwQuestions), audit: await db.$count(auditLog) });

/** Inserts published questions straight into a school's bank (as 張老師 unless told). */
async function seedQuestions(target: SchoolDb, subjectId: string, list: { text: string; content: QuestionContent }[], creator = { id: f.members.zhang, name: '張老師' }) {
  for (const { text, content } of list) {
    const now = env.clock.now();
    await target.insert(hwQuestions).values({
      id: newId(now.getTime()),
      subjectId,
      type: content.type,
      text,
      body: content.body as Record<string, unknown>,
      answerKey: content.answerKey as Record<string, unknown>,
      attachmentIds: [],
      status: 'published',
      creatorId: creator.id,
      creatorName: creator.name,
      createdAt: now,
      updatedAt: now,
      publishedAt: now,
    });
    env.clock.advance(1);
  }
}

beforeAll(async () => {
  env = await createTestEnv();
  f = await seedSchool(env, 'B-888');
  a = await signInAll(env, 'B-888');
  clerk = env.agent('B-888');
  await clerk.signIn('clerk', 'password6');
  db = (await env.ctx('B-888')).db;
  await db.update(subjects).set({ enabled: false }).where(eq(subjects.id, f.hs.subjects.PE));
  await seedQuestions(db, f.hs.subjects.MATH, ALL_TYPES);
  await seedSchool(env, 'B-999');
  const otherDb = (await env.ctx('B-999')).db;
  const math = (await otherDb.select().from(subjects).where(eq(subjects.code, 'MATH')).get())?.id ?? '';
  await seedQuestions(otherDb, math, [{ text: 'B-999 的秘密題目', content: { type: 'true_false', body: {}, answerKey: { value: true } } }], { id: 'x', name: 'x' });
  const teacher = env.agent('B-999');
  await teacher.signIn('teacher', 'password2');
  other = { db: otherDb, math, teacher };
});
afterAll(() => env.close());

describe('HW-01 import', () => {
  it('HW-01 a dry run lists every question with its type and the reason for a refused one, and stores nothing', async () => {
    const before = await counts();
    const res = await a.teacher.post(IMPORT, body({ format: 'moodle', text: moodleSample }));
    expect(res.status).toBe(200);
    expect(res.body.imported).toBe(0);
    expect(res.body.questions).toHaveLength(9);
    expect(res.body.questions[0]).toEqual({ index: 1, name: 'Capital of Portugal', type: 'single', text: 'What is the capital of Portugal?\nChoose one.' });
    expect(res.body.questions[8]).toEqual({ index: 9, name: 'Gap select', type: 'gapselect', text: 'The [[1]] sat on the [[2]].', error: '不支援的題型「gapselect」', reason: 'unsupported_type' });
    expect(await counts()).toEqual(before);
  });

  it('HW-01 X-03 the reasons come in the caller’s language', async () => {
    a.teacher.language = 'en';
    try {
      const res = await a.teacher.post(IMPORT, body());
      expect(res.body.questions.every((q: { error?: string }) => !q.error)).toBe(true);
      const refused = await a.teacher.post(IMPORT, body({ text: giftSample }));
      expect(refused.body.questions[9]).toMatchObject({ name: 'Numerical', error: 'Unsupported question type "numerical"' });
    } finally {
      a.teacher.language = 'zh-Hant';
    }
  });

  it('HW-01 X-03 a real import with any bad question imports nothing: 400 import_refused with the list', async () => {
    const before = await counts();
    const res = await a.teacher.post(IMPORT, body({ format: 'moodle', text: moodleSample, dryRun: false }));
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'import_refused', field: 'text', message: '檔案中有 1 道題目不能匯入，沒有匯入任何題目' });
    expect(res.body.error.questions).toHaveLength(9);
    expect(res.body.error.questions.filter((q: { error?: string }) => q.error).map((q: { index: number }) => q.index)).toEqual([9]);
    expect(await counts()).toEqual(before);
  });

  it('HW-01 a good file becomes drafts of the caller in the subject, with one audit row', async () => {
    const before = await counts();
    const res = await a.teacher.post(IMPORT, body({ dryRun: false }));
    expect(res.status).toBe(201);
    expect(res.body.imported).toBe(12);
    const ids = res.body.questions.map((q: { id: string }) => q.id);
    expect(new Set(ids).size).toBe(12);
    const rows = await db.select().from(hwQuestions).where(eq(hwQuestions.creatorId, f.members.teacher)).all();
    expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
    for (const r of rows) expect(r).toMatchObject({ status: 'draft', subjectId: f.hs.subjects.MATH, creatorName: '李老師', attachmentIds: [], publishedAt: null });
    const fill = rows.find((r) => r.type === 'fill');
    expect(fill).toMatchObject({ text: 'Macao returned to China in ____ and is a special administrative region.', answerKey: { blanks: [['1999']] } });
    expect(await counts()).toEqual({ questions: before.questions + 12, audit: before.audit + 1 });
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'hw_question.import')).get();
    expect(audit).toMatchObject({ actorId: f.members.teacher, targetType: 'hw_question', after: { format: 'gift', subjectId: f.hs.subjects.MATH, count: 12 } });
    // the bank shows them like any other question
    const got = await a.super.get(`homework/questions/${ids[0]}`);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ type: 'single', status: 'draft', creator: { id: f.members.teacher, name: '李老師' } });
    await db.delete(hwQuestions).where(eq(hwQuestions.creatorId, f.members.teacher));
  });

  it.each([
    ['an unknown format', { format: 'qti' }, 'invalid_field', 'format'],
    ['no subject', { subjectId: undefined }, 'invalid_field', 'subjectId'],
    ['an unknown subject', { subjectId: 'nope' }, 'unknown_ref', 'subjectId'],
    ['a disabled subject (TT-07)', { subjectId: 'PE' }, 'subject_disabled', 'subjectId'],
    ['an empty text', { text: '' }, 'invalid_field', 'text'],
    ['dryRun not a boolean', { dryRun: 'yes' }, 'invalid_field', 'dryRun'],
    ['a privileged field', { status: 'published' }, 'unknown_field', 'status'],
    ['malformed XML', { format: 'moodle', text: '<quiz><question type="truefalse"></quiz>' }, 'import_unreadable', 'text'],
    ['XML that is no quiz', { format: 'moodle', text: '<html><body>hi</body></html>' }, 'import_unreadable', 'text'],
    ['a file without questions', { text: '// nothing\n\n$CATEGORY: x' }, 'import_empty', 'text'],
    ['more than 500 questions', { text: Array.from({ length: 501 }, (_, i) => `Q${i}? {T}`).join('\n\n') }, 'import_too_many', 'text'],
  ])('HW-01 X-03 %s → 400 naming the field, nothing stored (preview and import alike)', async (_, over, code, field) => {
    const input = { ...over } as Record<string, unknown>;
    if (input.subjectId === 'PE') input.subjectId = f.hs.subjects.PE;
    const before = await counts();
    for (const dryRun of [true, false]) {
      const res = await a.teacher.post(IMPORT, { ...body({ dryRun }), ...input });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code, field });
    }
    expect(await counts()).toEqual(before);
  });

  it('HW-01 the XML error names where the file is broken', async () => {
    const res = await a.teacher.post(IMPORT, body({ format: 'moodle', text: '<quiz>\n<question>\n</quiz>' }));
    expect(res.body.error.message).toMatch(/^無法讀取檔案（Moodle XML）：line 3/);
  });

  it('HW-01 a file over 1 MB is refused whole (413)', async () => {
    const before = await counts();
    const res = await a.teacher.post(IMPORT, body({ text: `Q {T}\n\n${'/'.repeat(1024 * 1024)}` }));
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
    expect(await counts()).toEqual(before);
  });
});

describe('HW-01 export', () => {
  it('HW-01 exports the subject’s questions as Moodle XML named after the subject code', async () => {
    const res = await a.teacher.raw('GET', exportOf({ subjectId: f.hs.subjects.MATH }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/xml');
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment;/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe('題庫-MATH.xml');
    const xml = await res.text();
    expect(xml.match(/<question type=/g)).toHaveLength(ALL_TYPES.length);
    expect(xml).not.toContain('B-999');
  });

  it('HW-01 round trip: export → import into another subject gives the same questions', async () => {
    const xml = await (await a.teacher.raw('GET', exportOf({ subjectId: f.hs.subjects.MATH }))).text();
    const res = await a.teacher.post(IMPORT, body({ format: 'moodle', subjectId: f.hs.subjects.CHI, text: xml, dryRun: false }));
    expect(res.status).toBe(201);
    const rows = await db.select().from(hwQuestions).where(eq(hwQuestions.subjectId, f.hs.subjects.CHI)).orderBy(hwQuestions.createdAt, hwQuestions.id).all();
    const back = rows.map((r) => ({ text: r.text, content: semantic({ type: r.type, body: r.body, answerKey: r.answerKey } as QuestionContent) }));
    expect(back).toEqual(ALL_TYPES.map((q) => ({ text: q.text, content: semantic(q.content) })));
    await db.delete(hwQuestions).where(eq(hwQuestions.subjectId, f.hs.subjects.CHI));
  });

  it('HW-01 filters by type and status', async () => {
    const only = async (query: Record<string, string>) =>
      (await (await a.teacher.raw('GET', exportOf({ subjectId: f.hs.subjects.MATH, ...query }))).text()).match(/<question type="[a-z]+"/g) ?? [];
    expect(await only({ type: 'single' })).toEqual(['<question type="multichoice"']);
    expect(await only({ type: 'fill' })).toEqual(['<question type="shortanswer"', '<question type="shortanswer"']);
    expect(await only({ status: 'draft' })).toEqual([]);
    expect(await only({ status: 'published' })).toHaveLength(ALL_TYPES.length);
  });

  it.each([
    ['no subject', {}, 400, 'invalid_field'],
    ['an unknown type', { subjectId: 'S', type: 'essay' }, 400, 'invalid_field'],
    ['an unknown query field', { subjectId: 'S', creatorId: 'x' }, 400, 'unknown_field'],
    ['an unknown subject', { subjectId: 'nope' }, 404, 'not_found'],
    ['a disabled subject (TT-07)', { subjectId: 'PE' }, 400, 'subject_disabled'],
  ])('HW-01 X-03 export with %s is refused', async (_, query, status, code) => {
    const q = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, v === 'S' ? f.hs.subjects.MATH : v === 'PE' ? f.hs.subjects.PE : v]));
    const res = await a.teacher.get(exportOf(q));
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
  });
});

describe('HW-01 who may import and export', () => {
  const staff: Role[] = ['teacher', 'scopedIn', 'scopedOut', 'super', 'creator'];
  it.each(ROLES)('HW-01 %s', async (role) => {
    const before = await counts();
    const preview = await a[role].post(IMPORT, body());
    const exported = await a[role].raw('GET', exportOf({ subjectId: f.hs.subjects.MATH }));
    if (role === 'anonymous') {
      expect([preview.status, exported.status]).toEqual([401, 401]);
    } else if (staff.includes(role)) {
      expect([preview.status, exported.status]).toEqual([200, 200]);
    } else {
      // parents and students never reach the bank
      expect([preview.status, exported.status]).toEqual([403, 403]);
      expect((await a[role].post(IMPORT, body({ dryRun: false }))).status).toBe(403);
    }
    expect(await counts()).toEqual(before);
  });

  it('HW-01 staff who are not teachers use the bank too', async () => {
    expect((await clerk.post(IMPORT, body())).status).toBe(200);
  });

  it('HW-01 a write without the CSRF token is refused', async () => {
    const res = await a.teacher.raw('POST', IMPORT, { body: JSON.stringify(body({ dryRun: false })), headers: { 'content-type': 'application/json' }, csrf: false });
    expect(res.status).toBe(403);
  });
});

describe('HW-01 tenant isolation', () => {
  it('HW-01 a subject of another school is unknown here: import 400 unknown_ref, export 404', async () => {
    const before = await counts();
    const imported = await a.teacher.post(IMPORT, body({ subjectId: other.math, dryRun: false }));
    expect(imported.status).toBe(400);
    expect(imported.body.error).toMatchObject({ code: 'unknown_ref', field: 'subjectId' });
    expect((await a.teacher.get(exportOf({ subjectId: other.math }))).status).toBe(404);
    expect(await counts()).toEqual(before);
    expect(await other.db.$count(hwQuestions)).toBe(1);
  });

  it('HW-01 each school exports only its own questions', async () => {
    const xml = await (await other.teacher.raw('GET', exportOf({ subjectId: other.math }))).text();
    expect(xml.match(/<question type=/g)).toHaveLength(1);
    expect(xml).toContain('B-999 的秘密題目');
    const mine = await db.select().from(hwQuestions).where(and(eq(hwQuestions.subjectId, other.math))).all();
    expect(mine).toEqual([]);
  });
});
