import type { Id } from '../../lib/client';
import type { AnswerValue, AssignmentRow, HwFile, MineDetail, MineRow, QuestionType, SubmissionDetail } from '../../lib/homework-client';

/** The phone's names for the typed client's shapes (admin/src/lib/homework-client.ts). */
export type { MineAttempt, MineQuestion, MineSection } from '../../lib/homework-client';
export type MineItem = MineRow;
export type MineView = MineDetail;
export type GraderView = SubmissionDetail;
export type AssignmentItem = AssignmentRow;

export type Answers = Record<Id, AnswerValue | undefined>;

/** A question on the student's side or the teacher's (with its key), as the answer views read it. */
export interface QuestionView {
  id: Id;
  type: QuestionType;
  text: string;
  body: Record<string, unknown>;
  score: number | null;
  answerKey?: Record<string, unknown>;
  attachments?: HwFile[];
}
