import * as v from 'valibot';
import type { QuestionMarks } from '../../../db/schema/homework';
import { AnswerSchemas, isAutoMarked, type QuestionContent } from './question-types';

/**
 * HW-07 auto-marking. Pure and synchronous: it runs for every question of every submission,
 * so it reads no database and allocates little.
 */

/** The mark of one question. `score` null: hand grading, or an unscored homework. */
export interface AnswerMark {
  score: number | null;
  correct: boolean | null;
}

const HAND_GRADED: AnswerMark = { score: null, correct: null };
const TRAILING_STOP = /[.。]$/;
const SPACES = /\s+/g;

/**
 * The form in which typed answers are compared: Unicode NFKC (full-width letters, digits and
 * punctuation become their half-width forms: 'ＡＢＣ１２' = 'abc12'), trimmed, inner runs of
 * white space collapsed to one space, lower-cased, and one trailing full stop ('.' or '。')
 * ignored, so 'Macau.' = ' macau '.
 */
export function normaliseAnswer(text: string): string {
  const t = text.normalize('NFKC').replace(SPACES, ' ').trim().toLocaleLowerCase();
  return TRAILING_STOP.test(t) ? t.slice(0, -1).trimEnd() : t;
}

/** Two decimals, the precision scores are stored and shown with. */
export const roundScore = (n: number): number => Math.round((n + Number.EPSILON) * 100) / 100;

function accepts(accepted: readonly string[], answer: string): boolean {
  const a = normaliseAnswer(answer);
  // an empty answer never matches (accepted answers are at least one character)
  return a !== '' && accepted.some((k) => normaliseAnswer(k) === a);
}

/** The share (0..1) of the question got right; the answer has been checked against its schema. */
function shareRight(content: QuestionContent, answer: unknown): number {
  switch (content.type) {
    case 'single':
      return answer === content.answerKey.optionId ? 1 : 0;
    case 'true_false':
      return answer === content.answerKey.value ? 1 : 0;
    case 'multiple': {
      const chosen = new Set(answer as string[]);
      const key = new Set(content.answerKey.optionIds);
      let right = 0;
      for (const id of chosen) {
        // any wrong option chosen forfeits the question: guessing every box earns nothing
        if (!key.has(id)) return 0;
        right++;
      }
      return right / key.size;
    }
    case 'ordering': {
      const order = answer as string[];
      const key = content.answerKey.order;
      const known = new Set(key);
      // a repeated or unknown item is not an order of these items (and would game the share)
      if (new Set(order).size !== order.length || !order.every((id) => known.has(id))) return 0;
      let placed = 0;
      for (let i = 0; i < key.length; i++) if (order[i] === key[i]) placed++;
      return placed / key.length;
    }
    case 'matching': {
      const pairs = answer as Record<string, string>;
      const key = Object.entries(content.answerKey.pairs);
      let right = 0;
      for (const [left, rightId] of key) if (Object.hasOwn(pairs, left) && pairs[left] === rightId) right++;
      return right / key.length;
    }
    case 'fill': {
      const typed = answer as string[];
      const blanks = content.answerKey.blanks;
      let right = 0;
      for (let i = 0; i < blanks.length; i++) if (typeof typed[i] === 'string' && accepts(blanks[i], typed[i])) right++;
      return right / blanks.length;
    }
    case 'short':
      return accepts(content.answerKey.accepted, answer as string) ? 1 : 0;
    default:
      return 0;
  }
}

/**
 * Marks one answer (HW-07). Rules:
 * - file upload, and short answer without accepted answers: hand-graded → `{ score: null, correct: null }`;
 * - single, true/false: all or nothing;
 * - multiple: full when the chosen set equals the key; otherwise, when no wrong option is
 *   chosen, maxScore × (right options chosen / right options), else 0;
 * - ordering: full when exact, else the share of items in their right position (an order
 *   naming an item twice or an unknown item scores 0);
 * - matching: the share of left items matched to their right item;
 * - fill: the share of blanks right; a blank is right when its normalised text equals any
 *   normalised accepted answer of that blank (see `normaliseAnswer`);
 * - short with accepted answers: all or nothing after normalising.
 * A missing or malformed answer (not the type's `AnswerSchemas` shape) scores 0 and never
 * throws. Scores are rounded to 2 decimals. With `maxScore` null (an unscored homework)
 * `score` is null but `correct` is still reported. `correct` is true only for full marks.
 */
export function markAnswer(content: QuestionContent, answer: unknown, maxScore: number | null): AnswerMark {
  if (!isAutoMarked(content)) return HAND_GRADED;
  const share = v.is(AnswerSchemas[content.type], answer) ? shareRight(content, answer) : 0;
  return { score: maxScore === null ? null : roundScore(maxScore * share), correct: share === 1 };
}

/** A question of a homework as marking needs it: its id, content and score (null if unscored). */
export interface MarkedQuestion {
  id: string;
  content: QuestionContent;
  score: number | null;
}

/** The marks of one attempt. */
export interface AttemptMarks {
  marks: QuestionMarks;
  /** Sum of the auto-marked scores (0 on an unscored homework). */
  autoScore: number;
  /** No question is left for hand grading: `autoScore` is the attempt's score. */
  complete: boolean;
}

/**
 * Marks every question of an attempt on submission: auto-marked ones get `{ score, auto:
 * true, correct }`, the others `{ score: null, auto: false }` for the teacher to grade.
 * `answers` is keyed by question id, as `hw_attempts.answers`.
 */
export function markAttempt(questions: readonly MarkedQuestion[], answers: Record<string, unknown>): AttemptMarks {
  const marks: QuestionMarks = {};
  let autoScore = 0;
  let complete = true;
  for (const q of questions) {
    if (!isAutoMarked(q.content)) {
      marks[q.id] = { score: null, auto: false };
      complete = false;
      continue;
    }
    const answer = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    const mark = markAnswer(q.content, answer, q.score);
    marks[q.id] = { score: mark.score, auto: true, correct: mark.correct };
    autoScore += mark.score ?? 0;
  }
  return { marks, autoScore: roundScore(autoScore), complete };
}
