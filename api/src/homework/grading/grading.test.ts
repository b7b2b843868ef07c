import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hwAttempts, hwSubmissions } from '../../../../db/schema';
import { answer, answersOf, createAssignment, createHomeworkWorld, type HomeworkSchool, type HomeworkWorld, RIGHT_ANSWERS, WRONG_ANSWERS } from '../fixture';
import { auditOf, grade, homeworkMessages, snapshot, submissionOf } from './grading-fixture';

/** A tiny PNG, as a student's photo of their working. */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4]);

let w: HomeworkWorld;
let A: HomeworkSchool;
/** 第二章 練習 (single 2, essay 3, file 3) to 小三甲班 + 小三乙班. */
let id: string;
const sub: Record<'huang' | 'lam' | 'chan', string> = { huang: '', lam: '', chan: '' };
let upload: string;

beforeAll(async () => {
  w = await createHomeworkWorld();
  A = w.A;
  id = await createAssignment(w.env, A, { definitionId: A.defs.mixed });
  const r1 = await answer(A.as.student, id, { answers: answersOf(A, RIGHT_ANSWERS, ['single', 'essay']), submit: true });
  expect(r1.status).toBe(200);
  const up = await A.lamStudent.raw('POST', 'files?name=work.png', { body: PNG, headers: { 'content-type': 'image/png' } });
  expect(up.status).toBe(201);
  upload = (await up.json()).id;
  const r2 = await answer(A.lamStudent, id, { answers: { ...answersOf(A, WRONG_ANSWERS, ['single', 'essay']), [A.q.file]: [upload] }, submit: true });
  expect(r2.status).toBe(200);
  sub.huang = await submissionOf(w.env, A, id, A.students.huang);
  sub.lam = await submissionOf(w.env, A, id, A.students.lam);
  sub.chan = await submissionOf(w.env, A, id, A.students.chan);
}, 60_000);
afterAll(() => w.close());

const detail = (sid: string) => A.as.teacher.get(`homework/assignments/${id}/submissions/${sid}`);

describe('批改 (HW-07)', () => {
  it('HW-07 查看 shows the questions with keys, the attempt with its auto marks, and 上一份 / 下一份 in list order', async () => {
    const res = await detail(sub.huang);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ student: { id: A.students.huang, name: '黃小明' }, className: '小三甲班', status: 'submitted', canGrade: true });
    const questions = res.body.sections.flatMap((s: { questions: unknown[] }) => s.questions);
    expect(questions.map((q: { id: string }) => q.id)).toEqual([A.q.single, A.q.essay, A.q.file]);
    expect(questions[0]).toMatchObject({ type: 'single', score: 2, answerKey: { optionId: 'o3' } });
    expect(res.body.attempts).toHaveLength(1);
    expect(res.body.attempts[0]).toMatchObject({ number: 1, late: false, answers: { [A.q.single]: 'o3' } });
    expect(res.body.attempts[0].marks[A.q.single]).toEqual({ score: 2, auto: true, correct: true });
    expect(res.body.attempts[0].marks[A.q.essay]).toEqual({ score: null, auto: false });
    const list = await A.as.teacher.get(`homework/assignments/${id}/submissions?pageSize=100`);
    const order: string[] = list.body.items.map((r: { id: string }) => r.id);
    const at = order.indexOf(sub.huang);
    expect(res.body.prevId).toBe(order[at - 1] ?? null);
    expect(res.body.nextId).toBe(order[at + 1] ?? null);
    const first = await detail(order[0]);
    expect(first.body.prevId).toBeNull();
    const last = await detail(order[order.length - 1]);
    expect(last.body.nextId).toBeNull();
  });

  it('HW-07 保存 grades the hand-marked questions: marks on the latest attempt, its sum, the submission 已批改; the student sees nothing before 發佈分數', async () => {
    const res = await grade(A.as.teacher, id, sub.huang, {
      marks: { [A.q.essay]: { score: 2, remark: '步驟清楚' }, [A.q.file]: { score: 0 } },
      remark: '不錯',
      verdict: 'done',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'graded', score: 4, remark: '不錯', verdict: 'done' });
    const { db } = await w.env.ctx(A.code);
    const attempt = await db.select().from(hwAttempts).where(eq(hwAttempts.submissionId, sub.huang)).get();
    expect(attempt?.score).toBe(4);
    expect(attempt?.marks[A.q.essay]).toEqual({ score: 2, auto: false, correct: false, remark: '步驟清楚' });
    expect(attempt?.marks[A.q.single]).toEqual({ score: 2, auto: true, correct: true });
    const s = await db.select().from(hwSubmissions).where(eq(hwSubmissions.id, sub.huang)).get();
    expect(s).toMatchObject({ status: 'graded', score: 4, verdict: 'done', graderId: A.fx.members.teacher, notifiedAt: null });
    expect(s?.gradedAt?.getTime()).toBe(w.env.clock.now().getTime());
    const audit = await auditOf(w.env, A, 'homework.grade', sub.huang);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: A.fx.members.teacher, before: { status: 'submitted', score: null }, after: { status: 'graded', score: 4 } });
    // before 發佈分數 nobody is told, and the student's side shows no grade
    const told = (await homeworkMessages(w.env, A, id)).filter((m) => !m.key.includes(':published:'));
    expect(told).toEqual([]);
    const mine = await A.as.student.get(`homework/mine/${id}`);
    expect(mine.body.submission).toMatchObject({ score: null, verdict: null });
  });

  it('HW-07 the teacher may override an auto-marked score', async () => {
    const res = await grade(A.as.teacher, id, sub.huang, { marks: { [A.q.single]: { score: 1, remark: '寫法不完整' } }, remark: '', verdict: 'done' });
    expect(res.status).toBe(200);
    expect(res.body.score).toBe(3);
    expect(res.body.attempts[0].marks[A.q.single]).toEqual({ score: 1, auto: false, correct: false, remark: '寫法不完整' });
    expect(res.body.attempts[0].marks[A.q.essay].score).toBe(2);
  });

  it('HW-07 an upload is graded from its file, which the teacher downloads through the submission', async () => {
    const res = await detail(sub.lam);
    const files = res.body.attempts[0].files;
    expect(files).toEqual([{ id: upload, name: 'work.png', size: PNG.length, contentType: 'image/png', url: expect.stringContaining(`/submissions/${sub.lam}/files/${upload}`) }]);
    const got = await A.as.teacher.raw('GET', files[0].url);
    expect(got.status).toBe(200);
    expect(new Uint8Array(await got.arrayBuffer())).toEqual(PNG);
    // the file is not huang's: not served through huang's submission, nor an unknown id
    expect((await A.as.teacher.raw('GET', `homework/assignments/${id}/submissions/${sub.huang}/files/${upload}`)).status).toBe(404);
    expect((await A.as.teacher.raw('GET', `homework/assignments/${id}/submissions/${sub.lam}/files/nosuchfile`)).status).toBe(404);
    const graded = await grade(A.as.teacher, id, sub.lam, { marks: { [A.q.essay]: { score: 1 }, [A.q.file]: { score: 3 } }, remark: '', verdict: 'done' });
    expect(graded.body).toMatchObject({ status: 'graded', score: 4 });
  });

  it('HW-07 a homework not handed in cannot be graded (409) and nothing changes', async () => {
    const before = await snapshot(w.env, A, id);
    const res = await grade(A.as.teacher, id, sub.chan, { marks: {}, remark: '', verdict: 'correction' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('submission_not_submitted');
    expect(await snapshot(w.env, A, id)).toEqual(before);
  });
});

describe('X-03 bad grading input: 400 naming the field, nothing changed', () => {
  const cases: [string, () => unknown, number, string, string][] = [
    ['a score above the question score', () => ({ marks: { [A.q.essay]: { score: 3.5 } }, remark: '', verdict: 'done' }), 400, 'invalid_field', 'marks.ESSAY.score'],
    ['a negative score', () => ({ marks: { [A.q.essay]: { score: -1 } }, remark: '', verdict: 'done' }), 400, 'invalid_field', 'marks.ESSAY.score'],
    ['a score that is not a number', () => ({ marks: { [A.q.essay]: { score: '3' } }, remark: '', verdict: 'done' }), 400, 'invalid_field', 'marks.ESSAY.score'],
    ['a question not in the homework', () => ({ marks: { [A.q.fill]: { score: 1 } }, remark: '', verdict: 'done' }), 400, 'unknown_ref', 'marks'],
    ['完結 with a question left unscored', () => ({ marks: { [A.q.essay]: { score: 1 } }, remark: '', verdict: 'done' }), 400, 'invalid_field', 'marks.FILE.score'],
    ['an unknown verdict', () => ({ marks: {}, remark: '', verdict: 'maybe' }), 400, 'invalid_field', 'verdict'],
    ['a privileged field', () => ({ marks: {}, remark: '', verdict: 'done', score: 8 }), 400, 'unknown_field', 'score'],
    ['an unknown field in a mark', () => ({ marks: { [A.q.essay]: { score: 1, auto: true } }, remark: '', verdict: 'done' }), 400, 'unknown_field', 'marks.ESSAY.auto'],
    ['a remark too long', () => ({ marks: {}, remark: 'x'.repeat(2001), verdict: 'done' }), 400, 'invalid_field', 'remark'],
  ];
  it.each(cases)('X-03 %s', async (_name, body, status, code, field) => {
    // a fresh submission with both hand-marked questions unscored
    const fresh = await createAssignment(w.env, A, { definitionId: A.defs.mixed, classIds: [A.classes.p3a] });
    await answer(A.as.student, fresh, { answers: answersOf(A, RIGHT_ANSWERS, ['single', 'essay']), submit: true });
    const sid = await submissionOf(w.env, A, fresh, A.students.huang);
    const before = await snapshot(w.env, A, fresh);
    const res = await grade(A.as.teacher, fresh, sid, body());
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.field).toBe(field.replace('ESSAY', A.q.essay).replace('FILE', A.q.file));
    expect(await snapshot(w.env, A, fresh)).toEqual(before);
  });
});

describe('封存 (HW-10)', () => {
  it('HW-10 once 已完結 no grading and no 發佈分數, and nothing changes', async () => {
    const closed = await createAssignment(w.env, A, { classIds: [A.classes.p3a] });
    await answer(A.as.student, closed, { answers: answersOf(A, RIGHT_ANSWERS), submit: true });
    const sid = await submissionOf(w.env, A, closed, A.students.huang);
    expect((await A.as.teacher.post(`homework/assignments/${closed}/close`)).status).toBe(200);
    const before = await snapshot(w.env, A, closed);
    const graded = await grade(A.as.teacher, closed, sid, { marks: {}, remark: '遲了', verdict: 'correction' });
    expect(graded.status).toBe(409);
    expect(graded.body.error.code).toBe('assignment_closed');
    const published = await A.as.teacher.post(`homework/assignments/${closed}/publish-scores`);
    expect(published.status).toBe(409);
    expect(published.body.error.code).toBe('assignment_closed');
    // also for a super admin: 封存 stops everyone
    expect((await grade(A.as.super, closed, sid, { marks: {}, remark: '', verdict: 'done' })).status).toBe(409);
    expect(await snapshot(w.env, A, closed)).toEqual(before);
    // still readable: 查看 and 成績單 (manual: 作業封存後，點擊【答題詳情】查看成績)
    const view = await A.as.teacher.get(`homework/assignments/${closed}/submissions/${sid}`);
    expect(view.body).toMatchObject({ canGrade: false, assignment: { status: 'closed' } });
    expect((await A.as.teacher.get(`homework/assignments/${closed}/submissions/${sid}/transcript`)).status).toBe(200);
  });

  it('HW-06 a draft has no submissions to grade, and 發佈分數 is refused on it (409)', async () => {
    const draft = await createAssignment(w.env, A, { publish: false });
    const { db } = await w.env.ctx(A.code);
    const rows = await db.select().from(hwSubmissions).where(and(eq(hwSubmissions.assignmentId, draft))).all();
    expect(rows).toEqual([]);
    const res = await A.as.teacher.post(`homework/assignments/${draft}/publish-scores`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('assignment_draft');
  });
});
