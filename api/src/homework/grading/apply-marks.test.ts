import { describe, expect, it } from 'vitest';
import type { QuestionMarks } from '../../../../db/schema/homework';
import { applyMarks } from './apply-marks';

const questions = [
  { id: 'q1', score: 2 },
  { id: 'q2', score: 3 },
  { id: 'q3', score: 3 },
];
/** After auto-marking: q1 right, q2 (short answer) and q3 (upload) wait for the teacher. */
const autoMarked: QuestionMarks = { q1: { score: 2, auto: true, correct: true }, q2: { score: null, auto: false }, q3: { score: null, auto: false } };

describe('applyMarks (HW-07 批改)', () => {
  it('HW-07 the teacher grades the hand-marked questions; the score is the sum once all are marked', () => {
    const r = applyMarks(questions, autoMarked, { q2: { score: 2.5, remark: '步驟清楚' }, q3: { score: 0 } }, true, true);
    expect(r).toEqual({
      ok: true,
      score: 4.5,
      marks: {
        q1: { score: 2, auto: true, correct: true },
        q2: { score: 2.5, auto: false, correct: false, remark: '步驟清楚' },
        q3: { score: 0, auto: false, correct: false },
      },
    });
  });

  it('HW-07 the teacher may override an auto-marked question; what is left out keeps its mark', () => {
    const r = applyMarks(questions, { ...autoMarked, q2: { score: 3, auto: false }, q3: { score: 1, auto: false } }, { q1: { score: 1 } }, true, true);
    expect(r.ok && r.marks.q1).toEqual({ score: 1, auto: false, correct: false });
    expect(r.ok && r.score).toBe(5);
  });

  it('HW-07 a remark alone keeps the score (and whether it was automatic)', () => {
    const r = applyMarks(questions, autoMarked, { q1: { remark: '好' } }, true, false);
    expect(r.ok && r.marks.q1).toEqual({ score: 2, auto: true, correct: true, remark: '好' });
  });

  it('HW-07 需訂正 may leave questions unmarked: the attempt has no score yet', () => {
    expect(applyMarks(questions, autoMarked, { q2: { score: 1 } }, true, false)).toMatchObject({ ok: true, score: null });
  });

  it('HW-07 完結 needs every question scored on a scored homework, naming the first missing', () => {
    expect(applyMarks(questions, autoMarked, { q2: { score: 1 } }, true, true)).toEqual({ ok: false, problem: { kind: 'missing', field: 'marks.q3.score' } });
  });

  it('HW-07 a score above the question score is refused, naming the field', () => {
    expect(applyMarks(questions, autoMarked, { q2: { score: 3.5 } }, true, false)).toEqual({
      ok: false,
      problem: { kind: 'over', field: 'marks.q2.score', max: 3 },
    });
  });

  it('HW-07 a null score on a scored homework is refused', () => {
    expect(applyMarks(questions, autoMarked, { q1: { score: null } }, true, false)).toMatchObject({ ok: false, problem: { kind: 'missing', field: 'marks.q1.score' } });
  });

  it('HW-07 a question that is not in the homework is refused', () => {
    expect(applyMarks(questions, autoMarked, { nope: { score: 1 } }, true, false)).toEqual({
      ok: false,
      problem: { kind: 'unknown', field: 'marks', questionId: 'nope' },
    });
  });

  it('HW-07 an unscored homework takes remarks but no score, and has no total', () => {
    const unscored = [
      { id: 'q1', score: null },
      { id: 'q2', score: null },
    ];
    const marks: QuestionMarks = { q1: { score: null, auto: true, correct: true }, q2: { score: null, auto: false } };
    expect(applyMarks(unscored, marks, { q2: { remark: '再想想' } }, false, true)).toEqual({
      ok: true,
      score: null,
      marks: { q1: marks.q1, q2: { score: null, auto: false, remark: '再想想' } },
    });
    expect(applyMarks(unscored, marks, { q2: { score: 1 } }, false, true)).toMatchObject({ ok: false, problem: { kind: 'unscored', field: 'marks.q2.score' } });
  });
});
