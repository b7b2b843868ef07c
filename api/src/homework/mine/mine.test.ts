import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hwAssignments, hwAttempts, hwSubmissions } from '../../../../db/schema';
import { HOUR, MINUTE } from '../../lib/clock';
import type { Agent } from '../../test/agent';
import {
  answer,
  answersOf,
  AUTO_KEYS,
  createAssignment,
  createHomeworkWorld,
  type HomeworkWorld,
  homeworkState,
  RIGHT_ANSWERS,
  submitRight,
  WRONG_ANSWERS,
} from '../fixture';

/** 功課 on the phone: answering, submitting, auto-marking, corrections, and what is shown when. */

let w: HomeworkWorld;
beforeAll(async () => {
  w = await createHomeworkWorld();
});
afterAll(() => w.close());

const A = () => w.A;
const db = async () => (await w.env.ctx('A-001')).db;
const inHours = (h: number) => new Date(w.env.clock.now().getTime() + h * HOUR).toISOString();

async function submissionRow(id: string, studentId = A().students.huang) {
  const row = await (await db()).select().from(hwSubmissions).where(and(eq(hwSubmissions.assignmentId, id), eq(hwSubmissions.studentId, studentId))).get();
  if (!row) throw new Error('no submission');
  return row;
}
const attemptsOf = async (submissionId: string) =>
  (await db()).select().from(hwAttempts).where(eq(hwAttempts.submissionId, submissionId)).orderBy(asc(hwAttempts.number)).all();

/**
 * What A4's 批改 and 發佈分數 leave behind, written directly so these tests stand alone: the
 * submission graded with a verdict, then released (反饋, notified).
 */
async function gradeAndRelease(id: string, verdict: 'done' | 'correction', studentId = A().students.huang) {
  const now = w.env.clock.now();
  const d = await db();
  await d
    .update(hwSubmissions)
    .set({ status: verdict === 'done' ? 'graded' : 'correction', verdict, remark: '做得好', gradedAt: now, graderId: A().fx.members.teacher })
    .where(and(eq(hwSubmissions.assignmentId, id), eq(hwSubmissions.studentId, studentId)));
  w.env.clock.advance(MINUTE);
  await d.update(hwAssignments).set({ status: 'feedback', scoresPublishedAt: w.env.clock.now() }).where(eq(hwAssignments.id, id));
  await d.update(hwSubmissions).set({ notifiedAt: w.env.clock.now() }).where(eq(hwSubmissions.assignmentId, id));
}

describe('HW-07 submitting', () => {
  it('HW-07 objective questions are marked on submission and the score is stored at once, shown only after 發佈分數', async () => {
    const id = await createAssignment(w.env, A());
    const view = await submitRight(A(), id);
    expect(view.submission).toMatchObject({ status: 'submitted', score: null, scoresVisible: false, canSubmit: false, attemptCount: 1, late: false });
    expect(view.attempts).toHaveLength(1);
    expect(view.attempts[0]).toMatchObject({ number: 1, status: 'submitted', marks: null, score: null });
    const sub = await submissionRow(id);
    expect(sub).toMatchObject({ status: 'submitted', score: 12, attemptCount: 1 });
    const [attempt] = await attemptsOf(sub.id);
    expect(attempt).toMatchObject({ status: 'submitted', score: 12, late: false, byMemberId: A().fx.members.students['66000201'] });
    for (const k of AUTO_KEYS) expect(attempt.marks[A().q[k]]).toMatchObject({ auto: true, correct: true });
    // the teacher sees the score before it is published (答題詳情)
    const list = await A().as.teacher.get(`homework/assignments/${id}/submissions?q=${encodeURIComponent('黃小明')}`);
    expect(list.body.items[0]).toMatchObject({ status: 'submitted', score: 12 });
  });

  it('HW-07 wrong answers score what they earn; a hand-graded question leaves the score empty', async () => {
    const wrong = await createAssignment(w.env, A());
    await answer(A().as.student, wrong, { answers: answersOf(A(), WRONG_ANSWERS, AUTO_KEYS), submit: true });
    const [a1] = await attemptsOf((await submissionRow(wrong)).id);
    expect(a1.score).toBe(0);
    expect(a1.marks[A().q.single]).toEqual({ score: 0, auto: true, correct: false });

    const mixed = await createAssignment(w.env, A(), { definitionId: A().defs.mixed });
    const res = await answer(A().as.student, mixed, { answers: answersOf(A(), RIGHT_ANSWERS, ['single', 'essay']), submit: true });
    expect(res.status).toBe(200);
    const sub = await submissionRow(mixed);
    const [a2] = await attemptsOf(sub.id);
    expect(a2.marks).toEqual({
      [A().q.single]: { score: 2, auto: true, correct: true },
      [A().q.essay]: { score: null, auto: false },
      [A().q.file]: { score: null, auto: false },
    });
    expect(a2.score).toBeNull();
    expect(sub.score).toBeNull();
  });

  it('保存 keeps one saved attempt until 提交; a submitted homework cannot be changed (409)', async () => {
    const id = await createAssignment(w.env, A());
    const one = await answer(A().as.student, id, { answers: answersOf(A(), RIGHT_ANSWERS, ['single']), submit: false });
    expect(one.body.submission).toMatchObject({ status: 'saved', canSubmit: true });
    await answer(A().as.student, id, { answers: answersOf(A(), RIGHT_ANSWERS, ['single', 'fill']), submit: false });
    const sub = await submissionRow(id);
    expect(sub.status).toBe('saved');
    let attempts = await attemptsOf(sub.id);
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ status: 'saved', submittedAt: null, answers: answersOf(A(), RIGHT_ANSWERS, ['single', 'fill']) });
    await submitRight(A(), id);
    attempts = await attemptsOf(sub.id);
    expect(attempts.map((a) => [a.number, a.status])).toEqual([[1, 'submitted']]);
    const before = await homeworkState(w.env, A());
    const again = await answer(A().as.student, id, { answers: {}, submit: true });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('homework_submitted');
    expect((await answer(A().as.student, id, { answers: {}, submit: false })).status).toBe(409);
    expect(await homeworkState(w.env, A())).toEqual(before);
  });

  it('a submission after the deadline is marked late, also in the teacher’s list', async () => {
    const id = await createAssignment(w.env, A(), { deadline: inHours(0.5) });
    await submitRight(A(), id, A().chanStudent);
    w.env.clock.advance(HOUR);
    const view = await submitRight(A(), id);
    expect(view.submission.late).toBe(true);
    expect(view.attempts[0].late).toBe(true);
    const rows = (await A().as.teacher.get(`homework/assignments/${id}/submissions?status=submitted`)).body.items;
    expect(rows.map((r: { student: { name: string }; late: boolean }) => [r.student.name, r.late])).toEqual([
      ['陳嘉欣', false],
      ['黃小明', true],
    ]);
  });

  it('附件上傳 homework needs files to be handed in; all of it is graded by hand', async () => {
    const id = await createAssignment(w.env, A(), { kind: 'upload', definitionId: A().defs.mixed });
    const none = await answer(A().as.student, id, { answers: {}, submit: true });
    expect(none.status).toBe(400);
    expect(none.body.error).toMatchObject({ code: 'homework_files_required', field: 'fileIds' });
    const upload = await A().as.student.raw('POST', 'files?name=work.png', { body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), headers: { 'content-type': 'image/png' } });
    expect(upload.status).toBe(201);
    const fileId = (await upload.json()).id;
    const theirs = await A().as.teacher.raw('POST', 'files?name=key.png', { body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9]), headers: { 'content-type': 'image/png' } });
    const stranger = await answer(A().as.student, id, { answers: {}, fileIds: [(await theirs.json()).id], submit: true });
    expect(stranger.body.error).toMatchObject({ code: 'unknown_ref', field: 'fileIds' });
    const ok = await answer(A().as.student, id, { answers: {}, fileIds: [fileId], submit: true });
    expect(ok.status).toBe(200);
    expect(ok.body.attempts[0].files).toEqual([{ id: fileId, name: 'work.png', size: 11, url: `/api/s/A-001/homework/mine/${id}/files/${fileId}` }]);
    const [attempt] = await attemptsOf((await submissionRow(id)).id);
    expect(Object.values(attempt.marks).every((m) => m.auto === false && m.score === null)).toBe(true);
    expect(attempt.score).toBeNull();
    // the student and their parent download it; another family cannot
    expect((await A().as.student.raw('GET', `homework/mine/${id}/files/${fileId}`)).status).toBe(200);
    expect((await A().as.parent.raw('GET', `homework/mine/${id}/files/${fileId}`)).status).toBe(200);
    expect((await A().chanParent.raw('GET', `homework/mine/${id}/files/${fileId}?studentId=${A().students.huang}`)).status).toBe(404);
    expect((await A().chanStudent.raw('GET', `homework/mine/${id}/files/${fileId}`)).status).toBe(404);
  });
});

describe('HW-09 corrections, HW-10 closed', () => {
  it('HW-09 a homework returned for correction is answered in a NEW attempt; the first is kept as it was', async () => {
    const id = await createAssignment(w.env, A());
    await answer(A().as.student, id, { answers: answersOf(A(), WRONG_ANSWERS, AUTO_KEYS), submit: true });
    const sub = await submissionRow(id);
    const [first] = await attemptsOf(sub.id);
    // graded 需訂正 but not yet released: the student still reads 已提交 and cannot resubmit
    await (await db()).update(hwSubmissions).set({ status: 'correction', verdict: 'correction', gradedAt: w.env.clock.now() }).where(eq(hwSubmissions.id, sub.id));
    const hidden = await A().as.student.get(`homework/mine/${id}`);
    expect(hidden.body.submission).toMatchObject({ status: 'submitted', verdict: null, canSubmit: false });
    expect((await answer(A().as.student, id, { answers: {}, submit: true })).body.error.code).toBe('homework_submitted');

    await gradeAndRelease(id, 'correction');
    const shown = await A().as.student.get(`homework/mine/${id}`);
    expect(shown.body.submission).toMatchObject({ status: 'correction', verdict: 'correction', remark: '做得好', score: 0, scoresVisible: true, canSubmit: true });
    expect(shown.body.attempts[0].marks[A().q.single]).toMatchObject({ score: 0, correct: false });

    const saved = await answer(A().as.student, id, { answers: answersOf(A(), RIGHT_ANSWERS, ['single']), submit: false });
    expect(saved.body.submission.status).toBe('correction');
    expect(saved.body.attempts.map((a: { number: number; status: string }) => [a.number, a.status])).toEqual([
      [1, 'submitted'],
      [2, 'saved'],
    ]);
    w.env.clock.advance(MINUTE);
    const done = await submitRight(A(), id);
    expect(done.attempts.map((a: { number: number; status: string }) => [a.number, a.status])).toEqual([
      [1, 'submitted'],
      [2, 'submitted'],
    ]);
    // the new attempt awaits grading: no score shown for it, the first attempt's marks still are
    expect(done.submission).toMatchObject({ status: 'submitted', score: null, verdict: null, scoresVisible: false, attemptCount: 2 });
    expect(done.attempts[0].marks).not.toBeNull();
    expect(done.attempts[1].marks).toBeNull();
    const attempts = await attemptsOf(sub.id);
    expect(attempts[0]).toEqual(first);
    expect(attempts[1]).toMatchObject({ number: 2, status: 'submitted', score: 12 });
    expect(await submissionRow(id)).toMatchObject({ status: 'submitted', score: 12, attemptCount: 2, gradedAt: null });
  });

  it('HW-10 once 封存 nothing can be saved or submitted (409), nothing written', async () => {
    const id = await createAssignment(w.env, A());
    await answer(A().as.student, id, { answers: answersOf(A(), RIGHT_ANSWERS, ['single']), submit: false });
    expect((await A().as.teacher.post(`homework/assignments/${id}/close`)).status).toBe(200);
    const before = await homeworkState(w.env, A());
    for (const submit of [true, false]) {
      const res = await answer(A().as.student, id, { answers: answersOf(A(), RIGHT_ANSWERS, AUTO_KEYS), submit });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('assignment_closed');
    }
    expect((await answer(A().as.parent, id, { answers: {}, submit: true, studentId: A().students.huang })).body.error.code).toBe('assignment_closed');
    expect(await homeworkState(w.env, A())).toEqual(before);
    const view = await A().as.student.get(`homework/mine/${id}`);
    expect(view.body).toMatchObject({ status: 'closed', submission: { canSubmit: false, status: 'saved' } });
  });
});

describe('what the student sees', () => {
  it('questions come without answer keys; drafts are not there', async () => {
    const draft = await createAssignment(w.env, A(), { publish: false });
    expect((await A().as.student.get(`homework/mine/${draft}`)).status).toBe(404);
    const id = await createAssignment(w.env, A());
    const res = await A().as.student.get(`homework/mine/${id}`);
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).not.toMatch(/answerKey|accepted|optionIds|"pairs"/);
    const items = res.body.sections[0].items;
    expect(items.map((i: { questionId: string }) => i.questionId)).toEqual(AUTO_KEYS.map((k) => A().q[k]));
    expect(items[0]).toMatchObject({ type: 'single', text: '1+2=?', score: 2, body: { options: [{ id: 'o1' }, { id: 'o2' }, { id: 'o3' }] } });
    const ordering = items.find((i: { type: string }) => i.type === 'ordering');
    expect(ordering.body.items.map((x: { id: string }) => x.id).sort()).toEqual(['a', 'b', 'c']);
    // the same order on every visit
    expect((await A().as.student.get(`homework/mine/${id}`)).body.sections[0].items[3]).toEqual(ordering);
    const list = await A().as.student.get('homework/mine');
    expect(list.body.items.some((r: { id: string }) => r.id === draft)).toBe(false);
  });

  it('HW-12 the phone’s 功課 and the back-office 學生作業 read the same rows', async () => {
    const id = await createAssignment(w.env, A(), { title: 'HW-12 同步' });
    await submitRight(A(), id);
    await answer(A().chanStudent, id, { answers: answersOf(A(), RIGHT_ANSWERS, ['single']), submit: false });
    await gradeAndRelease(id, 'done');
    const back = (await A().as.teacher.get(`homework/assignments/${id}/submissions`)).body.items;
    const phones: [Agent, string][] = [
      [A().as.student, A().students.huang],
      [A().chanStudent, A().students.chan],
      [A().lamStudent, A().students.lam],
    ];
    for (const [agent, studentId] of phones) {
      const mine = (await agent.get(`homework/mine?q=${encodeURIComponent('HW-12')}`)).body.items;
      const row = back.find((r: { student: { id: string } }) => r.student.id === studentId);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ id, submissionId: row.id, submissionStatus: row.status, score: row.score, late: row.late, status: 'feedback' });
    }
    expect(back.find((r: { student: { id: string } }) => r.student.id === A().students.huang)).toMatchObject({ status: 'graded', score: 12 });
  });
});

describe('parents and children', () => {
  it('a parent answers for their child; a parent with two children sees each child’s homework', async () => {
    const id = await createAssignment(w.env, A(), { title: '家長代答' });
    const res = await answer(A().as.parent, id, { answers: answersOf(A(), RIGHT_ANSWERS, AUTO_KEYS), submit: true, studentId: A().students.huang });
    expect(res.status).toBe(200);
    expect(res.body.student).toEqual({ id: A().students.huang, name: '黃小明' });
    const [attempt] = await attemptsOf((await submissionRow(id)).id);
    expect(attempt.byMemberId).toBe(A().fx.members.parents['66000101']);
    // 陳媽媽: 陳嘉欣 (小三甲班) has it, 陳嘉豪 (小一甲班) not
    const all = await A().chanParent.get(`homework/mine?q=${encodeURIComponent('家長代答')}`);
    expect(all.body.items.map((r: { student: { name: string } }) => r.student.name)).toEqual(['陳嘉欣']);
    expect((await A().chanParent.get(`homework/mine?q=${encodeURIComponent('家長代答')}&studentId=${A().students.chanBoy}`)).body.total).toBe(0);
    expect((await A().chanParent.get(`homework/mine/${id}`)).body.student.name).toBe('陳嘉欣');
  });

  it('another family’s child is a 404 and nothing is written', async () => {
    const id = await createAssignment(w.env, A());
    const before = await homeworkState(w.env, A());
    const huang = A().students.huang;
    expect((await A().chanParent.get(`homework/mine?studentId=${huang}`)).status).toBe(404);
    expect((await A().chanParent.get(`homework/mine/${id}?studentId=${huang}`)).status).toBe(404);
    expect((await answer(A().chanParent, id, { answers: {}, submit: true, studentId: huang })).status).toBe(404);
    expect((await answer(A().chanStudent, id, { answers: {}, submit: true, studentId: huang })).status).toBe(404);
    // 林子軒 is in 小三乙班: an assignment of 小三甲班 only is not his
    const p3a = await createAssignment(w.env, A(), { classIds: [A().classes.p3a] });
    const mid = await homeworkState(w.env, A());
    expect((await answer(A().lamStudent, p3a, { answers: {}, submit: true })).status).toBe(404);
    expect(await homeworkState(w.env, A())).toEqual(mid);
    expect(mid.attempts).toEqual(before.attempts);
  });
});
