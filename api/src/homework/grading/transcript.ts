import type { QuestionMarks } from '../../../../db/schema/homework';
import type { DefinitionSection } from '../definitions/load-definition';
import { type FileView, attemptFileIds, fileQuestionIds } from './presenter';
import type { AttemptRow } from './submission-access';

/**
 * HW-11 成績單: one student's homework as it stands — per question the answer handed in, its
 * mark and remark, out of the question's score — with the total, the number of attempts and
 * the verdict. The teacher's side (with keys) and the student's (without, and only once
 * scores are published) share this shape.
 */

/** What a transcript says of the submission, decided by the caller (the two sides differ). */
export interface TranscriptHead {
  id: string;
  student: { id: string; name: string };
  className: string;
  status: string;
  score: number | null;
  remark: string;
  verdict: 'done' | 'correction' | null;
  attemptCount: number;
}

const markOf = (marks: QuestionMarks | null, id: string) => {
  const m = marks?.[id];
  return m ? { score: m.score, correct: m.correct ?? null, auto: m.auto, remark: m.remark ?? '' } : null;
};

/**
 * Builds the transcript of `attempt` (the one that counts for this side; null when nothing
 * was handed in). `withKeys` adds the answer keys (staff only).
 */
export function buildTranscript(
  head: TranscriptHead,
  assignment: { id: string; title: string; scored: boolean; totalScore: number | null; status: string; scoresPublishedAt: Date | null },
  sections: readonly DefinitionSection[],
  attempt: AttemptRow | null,
  views: Map<string, FileView>,
  withKeys: boolean,
) {
  const answers = attempt?.answers ?? {};
  const marks = attempt?.marks ?? null;
  return {
    ...head,
    assignment: {
      id: assignment.id,
      title: assignment.title,
      scored: assignment.scored,
      totalScore: assignment.totalScore,
      status: assignment.status,
      scoresPublishedAt: assignment.scoresPublishedAt?.toISOString() ?? null,
    },
    totalScore: assignment.totalScore,
    attempt: attempt
      ? { number: attempt.number, late: attempt.late, submittedAt: attempt.submittedAt?.toISOString() ?? null, score: attempt.score }
      : null,
    sections: sections.map((s) => ({
      id: s.id,
      parentId: s.parentId,
      title: s.title,
      questions: s.items.map((i) => ({
        id: i.questionId,
        itemId: i.itemId,
        type: i.question.type,
        text: i.question.text,
        body: i.question.body,
        ...(withKeys ? { answerKey: i.question.answerKey } : {}),
        score: i.score,
        answer: Object.hasOwn(answers, i.questionId) ? answers[i.questionId] : null,
        mark: markOf(marks, i.questionId),
      })),
    })),
    files: attempt ? attemptFileIds(attempt, fileQuestionIds(sections)).flatMap((id) => views.get(id) ?? []) : [],
  };
}
