import { and, asc, eq, inArray } from 'drizzle-orm';
import { files, members, noticeRecipients } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { readableNotice } from './access';
import { answerFileIds } from './answers';
import { answersWorkbook, deliveryWorkbook, MIME_XLSX } from './notice-sheet';

/**
 * N-04 下載: a notice without a form per class (all classes, or the one chosen), a notice with
 * a form as its 反饋詳情 — every recipient's answers, one column per question.
 */
export async function exportNotice(ctx: ServiceContext, id: string, input: { classId?: string }) {
  const { notice } = await readableNotice(ctx.db, ctx.actor, id);
  const r = noticeRecipients;
  const rows = await ctx.db
    .select({
      className: r.className,
      studentName: r.studentName,
      memberName: members.name,
      relation: r.relation,
      deliverAt: r.deliverAt,
      readAt: r.readAt,
      confirmedAt: r.confirmedAt,
      answeredAt: r.answeredAt,
      answers: r.answers,
    })
    .from(r)
    .innerJoin(members, eq(members.id, r.memberId))
    .where(and(eq(r.noticeId, id), input.classId ? eq(r.classId, input.classId) : undefined))
    .orderBy(asc(r.className), asc(r.studentName), asc(r.id))
    .all();
  const stamp = (notice.sentAt ?? notice.createdAt).toISOString().slice(0, 10);
  if (notice.questions.length === 0) {
    return { bytes: await deliveryWorkbook(rows), contentType: MIME_XLSX, fileName: `${notice.title}-發送情況-${stamp}.xlsx` };
  }
  const fileIds = [...new Set(rows.flatMap((row) => answerFileIds(notice.questions, row.answers ?? {}).map((f) => f.id)))];
  const names = new Map<string, string>();
  for (let i = 0; i < fileIds.length; i += 500) {
    const found = await ctx.db.select({ id: files.id, name: files.name }).from(files).where(inArray(files.id, fileIds.slice(i, i + 500))).all();
    for (const f of found) names.set(f.id, f.name);
  }
  return { bytes: await answersWorkbook(notice.questions, rows, names), contentType: MIME_XLSX, fileName: `${notice.title}-反饋詳情-${stamp}.xlsx` };
}
