import type { QuestionMarks } from '../../../../db/schema/homework';
import { roundScore } from '../marking';

/**
 * HW-07 批改 as a pure function: the teacher's marks laid over those of the attempt
 * (auto-marked or graded before). A mark given by the teacher is no longer automatic; a
 * question left out keeps its mark; a remark alone keeps the score.
 */

/** A question of the homework: its id and the score it is out of (null when unscored). */
export interface GradedQuestion {
  id: string;
  score: number | null;
}

export interface TeacherMark {
  score?: number | null;
  remark?: string;
}

/** Why a mark is refused, with the field at fault. */
export type MarkProblem =
  | { kind: 'unknown'; field: 'marks'; questionId: string }
  | { kind: 'over'; field: string; max: number }
  | { kind: 'unscored'; field: string }
  | { kind: 'missing'; field: string };

export type MarksResult = { ok: true; marks: QuestionMarks; score: number | null } | { ok: false; problem: MarkProblem };

/**
 * Merges `given` into `current`. On a scored homework each score lies in 0..the question's
 * score, and 完結 (`complete`) needs every question scored; the attempt's score is the sum
 * once every question has one. On an unscored homework no score is given, and the attempt
 * has none.
 */
export function applyMarks(
  questions: readonly GradedQuestion[],
  current: QuestionMarks,
  given: Record<string, TeacherMark>,
  scored: boolean,
  complete: boolean,
): MarksResult {
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const id of Object.keys(given)) if (!byId.has(id)) return { ok: false, problem: { kind: 'unknown', field: 'marks', questionId: id } };
  const marks: QuestionMarks = {};
  for (const q of questions) {
    const before = current[q.id] ?? { score: null, auto: false };
    const mark = Object.hasOwn(given, q.id) ? given[q.id] : undefined;
    const field = `marks.${q.id}.score`;
    if (!mark) {
      marks[q.id] = before;
      continue;
    }
    const next = { ...before };
    if (mark.score !== undefined && mark.score !== null) {
      if (!scored || q.score === null) return { ok: false, problem: { kind: 'unscored', field } };
      if (mark.score > q.score) return { ok: false, problem: { kind: 'over', field, max: q.score } };
      next.score = roundScore(mark.score);
      next.auto = false;
      next.correct = next.score === q.score;
    } else if (mark.score === null && scored) {
      return { ok: false, problem: { kind: 'missing', field } };
    }
    if (mark.remark !== undefined) next.remark = mark.remark;
    marks[q.id] = next;
  }
  if (!scored) return { ok: true, marks, score: null };
  const missing = questions.find((q) => marks[q.id].score === null);
  if (missing && complete) return { ok: false, problem: { kind: 'missing', field: `marks.${missing.id}.score` } };
  const score = missing ? null : roundScore(questions.reduce((sum, q) => sum + (marks[q.id].score ?? 0), 0));
  return { ok: true, marks, score };
}
