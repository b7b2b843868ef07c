import type { hwAttempts } from '../../../../db/schema';
import type { DefinitionSection } from '../definitions/load-definition';
import type { AssignmentRow, SubmissionRow } from './access';

/**
 * What the student's side shows. Answer keys never leave the server.
 *
 * When marks become visible (HW-08): a student sees the score, remark and verdict of their
 * homework, and the marks of an attempt, only once the teacher has 發佈分數 for them — the
 * assignment is in 反饋 or 已完結, the submission has been notified (`notifiedAt`), the
 * grading happened before that (`gradedAt ≤ notifiedAt`) and, for an attempt, it was
 * submitted before that. A correction handed in later shows no score until it is graded and
 * the student told again. Until then a 已批改 or 需訂正 homework reads 已提交.
 */

/** Whether the teacher has released this submission's grading to the student. */
export function scoresVisible(a: Pick<AssignmentRow, 'status'>, s: Pick<SubmissionRow, 'notifiedAt' | 'gradedAt'>): boolean {
  if (a.status !== 'feedback' && a.status !== 'closed') return false;
  if (!s.notifiedAt) return false;
  return !s.gradedAt || s.gradedAt.getTime() <= s.notifiedAt.getTime();
}

/** Whether one attempt's marks are released: it was part of what the student was told about. */
export const attemptVisible = (released: boolean, s: Pick<SubmissionRow, 'notifiedAt'>, at: Pick<typeof hwAttempts.$inferSelect, 'submittedAt'>): boolean =>
  released && at.submittedAt !== null && s.notifiedAt !== null && at.submittedAt.getTime() <= s.notifiedAt.getTime();

/** The state the student reads: 已批改 and 需訂正 only once released, 已提交 until then. */
export const shownStatus = (status: SubmissionRow['status'], released: boolean): SubmissionRow['status'] =>
  (status === 'graded' || status === 'correction') && !released ? 'submitted' : status;

/** A stable pseudo-random order per (seed): the same student sees the same order on every visit. */
function shuffled<T>(list: readonly T[], seed: string): T[] {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  const next = () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A file as the student's side lists it. */
export interface FileView {
  id: string;
  name: string;
  size: number;
  url: string;
}

/**
 * The sections and questions without their keys. An ordering question's items are shuffled
 * per submission (a teacher often types them in the right order).
 */
export function presentSections(sections: DefinitionSection[], seed: string, fileOf: (id: string) => FileView | null) {
  return sections.map((s) => ({
    id: s.id,
    parentId: s.parentId,
    title: s.title,
    items: s.items.map(({ question: q, score }) => {
      const body = q.type === 'ordering' && Array.isArray(q.body.items) ? { ...q.body, items: shuffled(q.body.items, `${seed}:${q.id}`) } : q.body;
      return {
        questionId: q.id,
        type: q.type,
        text: q.text,
        body,
        score,
        attachments: q.attachmentIds.flatMap((id) => fileOf(id) ?? []),
      };
    }),
  }));
}

/** One attempt (第N次作答): the answers always, the marks only once released. */
export function presentAttempt(at: typeof hwAttempts.$inferSelect, visible: boolean, fileOf: (id: string) => FileView | null) {
  return {
    number: at.number,
    status: at.status,
    answers: at.answers,
    files: at.fileIds.flatMap((id) => fileOf(id) ?? []),
    submittedAt: at.submittedAt?.toISOString() ?? null,
    late: at.late,
    marks: visible ? at.marks : null,
    score: visible ? at.score : null,
    updatedAt: at.updatedAt.toISOString(),
  };
}
