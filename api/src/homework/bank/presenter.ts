import type { hwQuestions } from '../../../../db/schema';

type Question = typeof hwQuestions.$inferSelect;

/** A question with what lists show beside it: its subject's name and how many definitions hold it. */
export interface QuestionListRow {
  question: Question;
  subjectName: string;
  usedBy: number;
}

/** 題庫 row: 標題, 科目, 題型, 創建人, 創建時間, 狀態 (never the key). */
export const presentQuestionRow = ({ question: q, subjectName, usedBy }: QuestionListRow) => ({
  id: q.id,
  text: q.text,
  type: q.type,
  status: q.status,
  subject: { id: q.subjectId, name: subjectName },
  creator: { id: q.creatorId, name: q.creatorName },
  createdAt: q.createdAt.toISOString(),
  updatedAt: q.updatedAt.toISOString(),
  publishedAt: q.publishedAt?.toISOString() ?? null,
  usedBy,
});

/** An attachment as the detail lists it, with the URL staff download it from. */
export interface AttachmentView {
  id: string;
  name: string;
  size: number;
  url: string;
}

/** 查看: the row with the content and key (staff only), and its attachments in stored order. */
export const presentQuestion = (row: QuestionListRow, attachments: AttachmentView[]) => ({
  ...presentQuestionRow(row),
  body: row.question.body,
  answerKey: row.question.answerKey,
  attachments,
});
