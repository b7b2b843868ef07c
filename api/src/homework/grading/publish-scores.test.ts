import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hwAssignments, hwAttempts, hwSubmissions } from '../../../../db/schema';
import { answer, answersOf, AUTO_KEYS, createAssignment, createHomeworkWorld, type HomeworkSchool, type HomeworkWorld, RIGHT_ANSWERS, submitRight, WRONG_ANSWERS } from '../fixture';
import { auditOf, grade, homeworkMessages, snapshot, submissionOf } from './grading-fixture';

let w: HomeworkWorld;
let A: HomeworkSchool;
/** 第一章 練習 (all auto-marked, total 12) to 小三甲班 (黃小明, 陳嘉欣) + 小三乙班 (林子軒, 吳思穎). */
let id: string;
const sub: Record<'huang' | 'lam' | 'chan' | 'ng', string> = { huang: '', lam: '', chan: '', ng: '' };
const member = () => ({
  huang: A.fx.members.students['66000201'],
  chan: A.fx.members.students['66000202'],
  lam: A.fx.members.students['66000203'],
  huangFather: A.fx.members.parents['66000101'],
  ngMother: A.fx.members.parents['66000104'],
});
/** The messages of grading (not those of 發佈 the homework itself). */
const told = async () => (await homeworkMessages(w.env, A, id)).filter((m) => !m.key.includes(':published:'));

beforeAll(async () => {
  w = await createHomeworkWorld();
  A = w.A;
  id = await createAssignment(w.env, A);
  await submitRight(A, id);
  const wrong = await answer(A.lamStudent, id, { answers: answersOf(A, WRONG_ANSWERS, AUTO_KEYS), submit: true });
  expect(wrong.status).toBe(200);
  for (const k of ['huang', 'lam', 'chan', 'ng'] as const) sub[k] = await submissionOf(w.env, A, id, A.students[k]);
  expect((await grade(A.as.teacher, id, sub.huang, { marks: {}, remark: '全對', verdict: 'done' })).status).toBe(200);
  expect((await grade(A.as.teacher, id, sub.lam, { marks: {}, remark: '請再檢查', verdict: 'correction' })).status).toBe(200);
}, 60_000);
afterAll(() => w.close());

describe('發佈分數 (HW-08)', () => {
  it('HW-08 submitters are told graded or 需訂正, non-submitters to hand in late; the student\'s own member, else the guardians', async () => {
    expect(await told()).toEqual([]);
    const res = await A.as.teacher.post(`homework/assignments/${id}/publish-scores`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, status: 'feedback', actions: ['edit', 'remind', 'details', 'close'], told: { graded: 1, correction: 1, late: 2 } });
    const m = member();
    const byKey = Object.fromEntries((await told()).map((x) => [x.key, x]));
    expect(Object.keys(byKey).sort()).toEqual(
      [`homework:${id}:graded:${A.students.huang}:1`, `homework:${id}:correction:${A.students.lam}:1`, `homework:${id}:late:${A.students.chan}`, `homework:${id}:late:${A.students.ng}`].sort(),
    );
    expect(byKey[`homework:${id}:graded:${A.students.huang}:1`]).toMatchObject({ memberId: m.huang, title: '【黃小明】作業已完成批改：數學作業', body: '分數：12 / 12', refType: 'homework' });
    expect(byKey[`homework:${id}:correction:${A.students.lam}:1`]).toMatchObject({ memberId: m.lam, title: '【林子軒】作業需要訂正，請訂正後再次提交：數學作業' });
    expect(byKey[`homework:${id}:late:${A.students.chan}`]).toMatchObject({ memberId: m.chan, title: '【陳嘉欣】作業尚未提交，請補交：數學作業' });
    // 吳思穎 has no member of her own: her mother is told
    expect(byKey[`homework:${id}:late:${A.students.ng}`]).toMatchObject({ memberId: m.ngMother, title: '【吳思穎】作業尚未提交，請補交：數學作業' });
    expect((await told()).some((x) => x.memberId === m.huangFather)).toBe(false);

    const { db } = await w.env.ctx(A.code);
    const now = w.env.clock.now().getTime();
    const row = await db.select().from(hwAssignments).where(eq(hwAssignments.id, id)).get();
    expect(row?.scoresPublishedAt?.getTime()).toBe(now);
    const subs = await db.select().from(hwSubmissions).where(eq(hwSubmissions.assignmentId, id)).all();
    expect(subs.map((s) => s.notifiedAt?.getTime())).toEqual(subs.map(() => now));
    const audit = await auditOf(w.env, A, 'homework.publish_scores', id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: A.fx.members.teacher, before: { status: 'published' }, after: { status: 'feedback' } });
    // the grade is now the student's to see
    const mine = await A.as.student.get(`homework/mine/${id}`);
    expect(mine.body.submission).toMatchObject({ status: 'graded', score: 12, remark: '全對', verdict: 'done' });
  });

  it('HW-08 a second 發佈分數 (a double click) sends nothing and changes nothing (409)', async () => {
    const before = await snapshot(w.env, A, id);
    const again = await A.as.teacher.post(`homework/assignments/${id}/publish-scores`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('scores_published');
    expect(await snapshot(w.env, A, id)).toEqual(before);
  });

  it('HW-08 in 反饋 a late hand-in is graded and its student told at once', async () => {
    await submitRight(A, id, A.chanStudent);
    const res = await grade(A.as.teacher, id, sub.chan, { marks: {}, remark: '', verdict: 'done' });
    expect(res.status).toBe(200);
    const msgs = (await told()).filter((x) => x.key === `homework:${id}:graded:${A.students.chan}:1`);
    expect(msgs).toEqual([expect.objectContaining({ memberId: member().chan, body: '分數：12 / 12' })]);
    const mine = await A.chanStudent.get(`homework/mine/${id}`);
    expect(mine.body.submission).toMatchObject({ status: 'graded', score: 12 });
  });
});

describe('需訂正 (HW-09)', () => {
  it('HW-09 a correction being drafted is the student\'s: the teacher cannot grade over it (409)', async () => {
    const mine = await A.lamStudent.get(`homework/mine/${id}`);
    expect(mine.body.submission).toMatchObject({ status: 'correction', verdict: 'correction', remark: '請再檢查', canSubmit: true });
    const draft = await answer(A.lamStudent, id, { answers: answersOf(A, RIGHT_ANSWERS, ['single']), submit: false });
    expect(draft.status).toBe(200);
    const view = await A.as.teacher.get(`homework/assignments/${id}/submissions/${sub.lam}`);
    expect(view.body).toMatchObject({ canGrade: false, attempts: [{ number: 1 }] });
    const before = await snapshot(w.env, A, id);
    const res = await grade(A.as.teacher, id, sub.lam, { marks: {}, remark: '', verdict: 'done' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('submission_not_submitted');
    expect(await snapshot(w.env, A, id)).toEqual(before);
  });

  it('HW-09 the student hands the correction in; the second attempt is graded, the first kept as it was', async () => {
    const { db } = await w.env.ctx(A.code);
    const first = await db.select().from(hwAttempts).where(eq(hwAttempts.submissionId, sub.lam)).all();
    expect(first.map((a) => a.number)).toEqual([1, 2]);
    const attempt1 = first.find((a) => a.number === 1);
    expect((await answer(A.lamStudent, id, { answers: answersOf(A, RIGHT_ANSWERS, AUTO_KEYS), submit: true })).status).toBe(200);
    const view = await A.as.teacher.get(`homework/assignments/${id}/submissions/${sub.lam}`);
    expect(view.body.attempts.map((a: { number: number }) => a.number)).toEqual([1, 2]);
    expect(view.body.attempts[0].score).toBe(0);
    expect(view.body.attempts[1].score).toBe(12);
    const res = await grade(A.as.teacher, id, sub.lam, { marks: { [A.q.short]: { score: 1, remark: '要寫單位' } }, remark: '訂正好了', verdict: 'done' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'graded', score: 11, verdict: 'done', attemptCount: 2 });
    const after = await db.select().from(hwAttempts).where(eq(hwAttempts.submissionId, sub.lam)).all();
    expect(after.find((a) => a.number === 1)).toEqual(attempt1);
    expect(after.find((a) => a.number === 2)?.marks[A.q.short]).toEqual({ score: 1, auto: false, correct: false, remark: '要寫單位' });
    // in 反饋 the student is told at once, for this attempt
    const msgs = (await told()).filter((x) => x.memberId === member().lam);
    expect(msgs.map((x) => x.key).sort()).toEqual([`homework:${id}:correction:${A.students.lam}:1`, `homework:${id}:graded:${A.students.lam}:2`].sort());
    const mine = await A.lamStudent.get(`homework/mine/${id}`);
    expect(mine.body.submission).toMatchObject({ status: 'graded', score: 11, verdict: 'done' });
  });

  it('HW-09 退回訂正 in 反饋 tells the student at once, once per attempt however often it is saved', async () => {
    const body = { marks: {}, remark: '第 3 題再想想', verdict: 'correction' };
    expect((await grade(A.as.teacher, id, sub.huang, body)).status).toBe(200);
    expect((await grade(A.as.teacher, id, sub.huang, body)).status).toBe(200);
    const msgs = (await told()).filter((x) => x.memberId === member().huang);
    expect(msgs.map((x) => x.key).sort()).toEqual([`homework:${id}:correction:${A.students.huang}:1`, `homework:${id}:graded:${A.students.huang}:1`].sort());
    expect(msgs.find((x) => x.key.includes(':correction:'))?.title).toBe('【黃小明】作業需要訂正，請訂正後再次提交：數學作業');
    const mine = await A.as.student.get(`homework/mine/${id}`);
    expect(mine.body.submission).toMatchObject({ status: 'correction', verdict: 'correction', remark: '第 3 題再想想', canSubmit: true });
  });
});
