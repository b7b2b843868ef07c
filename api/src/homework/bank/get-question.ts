import { eq, inArray, sql } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../../db/client';
import { files, hwDefinitionItems, hwQuestions, subjects } from '../../../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { forbidden, notFound } from '../../lib/errors';
import { fileResponse } from '../../notices/notice-files';
import { canUseHomework } from './policy';
import { type AttachmentView, presentQuestion, type QuestionListRow } from './presenter';

/** How many definitions hold the question (a correlated count, so lists need no GROUP BY). */
export const usedByCount = sql<number>`(select count(*) from ${hwDefinitionItems} where ${hwDefinitionItems.questionId} = ${hwQuestions.id})`;

/** A question with its subject's name and use count, or null. */
export async function questionRow(db: SchoolDbOrTx, id: string): Promise<QuestionListRow | null> {
  const row = await db
    .select({ question: hwQuestions, subjectName: subjects.name, usedBy: usedByCount })
    .from(hwQuestions)
    .innerJoin(subjects, eq(subjects.id, hwQuestions.subjectId))
    .where(eq(hwQuestions.id, id))
    .get();
  return row ? { ...row, usedBy: Number(row.usedBy) } : null;
}

/** The URL staff download a question's attachment from. */
export const attachmentUrl = (ctx: ServiceContext, questionId: string, fileId: string): string =>
  `/api/s/${encodeURIComponent(ctx.school.code)}/homework/questions/${questionId}/files/${fileId}`;

/** The full question (content, key, attachments) as GET /questions/:id answers it; 404 if none. */
export async function questionDetail(db: SchoolDbOrTx, ctx: ServiceContext, id: string) {
  const row = await questionRow(db, id);
  if (!row) throw notFound();
  const ids = row.question.attachmentIds;
  const stored = ids.length ? await db.select({ id: files.id, name: files.name, size: files.size }).from(files).where(inArray(files.id, ids)).all() : [];
  const byId = new Map(stored.map((f) => [f.id, f]));
  const attachments: AttachmentView[] = ids.flatMap((fid) => {
    const f = byId.get(fid);
    return f ? [{ ...f, url: attachmentUrl(ctx, id, fid) }] : [];
  });
  return presentQuestion(row, attachments);
}

/** HW-01 查看: any staff member sees any question of the bank, key included. */
export async function getQuestion(ctx: ServiceContext, id: string) {
  if (!canUseHomework(ctx.actor)) throw forbidden();
  return questionDetail(ctx.db, ctx, id);
}

/** Downloads an attachment of a question (staff; the file must belong to the question). */
export async function questionFile(ctx: ServiceContext, id: string, fileId: string): Promise<Response> {
  if (!canUseHomework(ctx.actor)) throw forbidden();
  const q = await ctx.db.select({ attachmentIds: hwQuestions.attachmentIds }).from(hwQuestions).where(eq(hwQuestions.id, id)).get();
  if (!q || !q.attachmentIds.includes(fileId)) throw notFound();
  return fileResponse(ctx, fileId);
}
