import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE } from '../../lib/clock';
import { answer, answersOf, AUTO_KEYS, createAssignment, createHomeworkWorld, type HomeworkSchool, type HomeworkWorld, RIGHT_ANSWERS, submitRight, WRONG_ANSWERS } from '../fixture';
import { grade, submissionOf } from './grading-fixture';

let w: HomeworkWorld;
let A: HomeworkSchool;
/** 第一章 練習 (7 auto-marked questions, total 12) to 小三甲班 + 小三乙班; 林子軒 hands in late. */
let id: string;
const sub: Record<'huang' | 'lam' | 'chan', string> = { huang: '', lam: '', chan: '' };

beforeAll(async () => {
  w = await createHomeworkWorld();
  A = w.A;
  // the deadline half an hour away: 林子軒 hands in after it (sessions outlive the wait)
  id = await createAssignment(w.env, A, { deadline: new Date(w.env.clock.now().getTime() + 30 * MINUTE).toISOString() });
  await submitRight(A, id);
  w.env.clock.advance(31 * MINUTE);
  expect((await answer(A.lamStudent, id, { answers: answersOf(A, WRONG_ANSWERS, AUTO_KEYS), submit: true })).status).toBe(200);
  for (const k of ['huang', 'lam', 'chan'] as const) sub[k] = await submissionOf(w.env, A, id, A.students[k]);
  await grade(A.as.teacher, id, sub.huang, { marks: { [A.q.short]: { score: 2, remark: '很好' } }, remark: '全對', verdict: 'done' });
  await grade(A.as.teacher, id, sub.lam, { marks: {}, remark: '請訂正', verdict: 'correction' });
}, 60_000);
afterAll(() => w.close());

type Q = { id: string; answer: unknown; mark: { score: number | null; remark: string } | null; score: number; answerKey?: unknown };
const questionsOf = (body: { sections: { questions: Q[] }[] }) => body.sections.flatMap((s) => s.questions);
const mineTranscript = (studentId?: string) => `homework/mine/${id}/transcript${studentId ? `?studentId=${studentId}` : ''}`;

describe('成績單 (HW-11)', () => {
  it('HW-11 the teacher\'s 成績單: per question the answer, mark, remark and score; the total, attempts and verdict', async () => {
    const res = await A.as.teacher.get(`homework/assignments/${id}/submissions/${sub.huang}/transcript`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ student: { name: '黃小明' }, className: '小三甲班', status: 'graded', score: 12, totalScore: 12, remark: '全對', verdict: 'done', attemptCount: 1, attempt: { number: 1, late: false } });
    const qs = questionsOf(res.body);
    expect(qs).toHaveLength(7);
    expect(qs[0]).toMatchObject({ id: A.q.single, answer: 'o3', score: 2, answerKey: { optionId: 'o3' }, mark: { score: 2, correct: true, auto: true, remark: '' } });
    expect(qs.find((q) => q.id === A.q.short)?.mark).toEqual({ score: 2, correct: true, auto: false, remark: '很好' });
    const late = await A.as.teacher.get(`homework/assignments/${id}/submissions/${sub.lam}/transcript`);
    expect(late.body).toMatchObject({ status: 'correction', score: 0, verdict: 'correction', attempt: { number: 1, late: true } });
  });

  it('HW-11 the student and parent see no 成績單 before 發佈分數 (409)', async () => {
    for (const [agent, studentId] of [[A.as.student, undefined], [A.as.parent, A.students.huang]] as const) {
      const res = await agent.get(mineTranscript(studentId));
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('scores_not_published');
    }
  });

  it('HW-11 once published the student and the parent see it, without answer keys', async () => {
    expect((await A.as.teacher.post(`homework/assignments/${id}/publish-scores`)).status).toBe(200);
    const own = await A.as.student.get(mineTranscript());
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ student: { id: A.students.huang, name: '黃小明' }, score: 12, remark: '全對', verdict: 'done', attemptCount: 1, pending: false });
    expect(JSON.stringify(own.body)).not.toContain('answerKey');
    expect(questionsOf(own.body)[0]).toMatchObject({ answer: 'o3', mark: { score: 2 }, score: 2 });
    const parent = await A.as.parent.get(mineTranscript(A.students.huang));
    expect(parent.status).toBe(200);
    expect(parent.body.sections).toEqual(own.body.sections);
    // one who handed nothing in gets an empty 成績單
    const none = await A.chanStudent.get(mineTranscript());
    expect(none.body).toMatchObject({ attempt: null, score: null, status: 'not_started' });
    expect(questionsOf(none.body).every((q) => q.answer === null && q.mark === null)).toBe(true);
  });

  it('HW-11 a correction handed in after publication is pending: the 成績單 keeps the graded attempt', async () => {
    w.env.clock.advance(MINUTE);
    expect((await answer(A.lamStudent, id, { answers: answersOf(A, RIGHT_ANSWERS, AUTO_KEYS), submit: true })).status).toBe(200);
    const res = await A.lamStudent.get(mineTranscript());
    expect(res.body).toMatchObject({ attempt: { number: 1 }, score: 0, verdict: null, pending: true, attemptCount: 2 });
    const teacher = await A.as.teacher.get(`homework/assignments/${id}/submissions/${sub.lam}/transcript`);
    expect(teacher.body).toMatchObject({ attempt: { number: 2 }, score: 12, status: 'submitted' });
  });

  it('HW-11 another family\'s child is a 404; staff use the teacher\'s side (403); anonymous 401', async () => {
    expect((await A.as.parent.get(mineTranscript(A.students.lam))).status).toBe(404);
    expect((await A.as.teacher.get(mineTranscript())).status).toBe(403);
    expect((await w.env.agent(A.code).get(mineTranscript())).status).toBe(401);
    expect((await A.as.student.get(`homework/mine/${id}/transcript?studentId=x&extra=1`)).status).toBe(400);
  });
});

async function workbook(path: string) {
  const res = await A.as.teacher.raw('GET', path);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return { wb, res };
}
const rowsOf = (ws: ExcelJS.Worksheet | undefined) => {
  const out: unknown[][] = [];
  ws?.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
};

describe('導出Excel (HW-11)', () => {
  it('HW-11 a 總覽 sheet, then one sheet per class: a row per student, a column per question with its mark', async () => {
    const { wb, res } = await workbook(`homework/assignments/${id}/export`);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('數學作業-成績-'));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['總覽', '小三甲班', '小三乙班']);
    const summary = rowsOf(wb.getWorksheet('總覽'));
    expect(summary[0]).toEqual(['班級', '學生人數', '已提交', '已批改', '需訂正', '未提交', '遲交', '平均分', '最高分', '最低分']);
    expect(summary[1]).toEqual(['小三甲班', 2, 1, 1, 0, 1, 0, 12, 12, 12]);
    expect(summary[2]).toEqual(['小三乙班', 2, 1, 0, 0, 1, 1, 12, 12, 12]);
    const p3a = rowsOf(wb.getWorksheet('小三甲班'));
    expect(p3a[0].slice(0, 7)).toEqual(['班級', '姓名', '狀態', '遲交', '作答次數', '分數', '1. 1+2=? (2分)']);
    expect(p3a[0]).toHaveLength(6 + 7);
    // in the list's order (class, then name); 陳嘉欣 handed nothing in: no score, no marks
    expect(p3a[1]).toEqual(['小三甲班', '陳嘉欣', '未開始', '否', 0]);
    expect(p3a[2]).toEqual(['小三甲班', '黃小明', '已批改', '否', 1, 12, 2, 2, 1, 2, 2, 1, 2]);
    const p3b = rowsOf(wb.getWorksheet('小三乙班'));
    expect(p3b[1]).toEqual(['小三乙班', '吳思穎', '未開始', '否', 0]);
    // 林子軒 was late the first time; his correction (attempt 2) is what is marked now
    expect(p3b[2]).toEqual(['小三乙班', '林子軒', '已提交', '是', 2, 12, 2, 2, 1, 2, 2, 1, 2]);
  });

  it('HW-11 the classId filter exports one class; a class not of the homework is refused (400)', async () => {
    const { wb } = await workbook(`homework/assignments/${id}/export?classId=${A.classes.p3b}`);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['總覽', '小三乙班']);
    const bad = await A.as.teacher.get(`homework/assignments/${id}/export?classId=${A.classes.p1a}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'unknown_ref', field: 'classId' });
    expect((await A.as.teacher.get(`homework/assignments/${id}/export?format=csv`)).body.error).toMatchObject({ code: 'unknown_field', field: 'format' });
  });

  it('HW-11 an unscored homework exports 對 / 錯 and no score', async () => {
    const quiz = await createAssignment(w.env, A, { definitionId: A.defs.unscored, classIds: [A.classes.p3a] });
    await answer(A.as.student, quiz, { answers: { [A.q.single]: 'o3', [A.q.trueFalse]: false }, submit: true });
    const { wb } = await workbook(`homework/assignments/${quiz}/export`);
    const rows = rowsOf(wb.getWorksheet('小三甲班'));
    expect(rows[0]).toEqual(['班級', '姓名', '狀態', '遲交', '作答次數', '分數', '1. 1+2=?', '2. 5 大於 3']);
    expect(rows[2]).toEqual(['小三甲班', '黃小明', '已提交', '否', 1, undefined, '對', '錯']);
  });
});
