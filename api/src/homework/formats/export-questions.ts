import { and, asc, eq } from 'drizzle-orm';
import { hwQuestions, subjects } from '../../../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { ApiError, forbidden, notFound } from '../../lib/errors';
import { canUseHomework } from '../bank/policy';
import { serializeMoodleXml } from './moodle-xml';
import type { ExportQuestionsInput } from './schemas';

/**
 * HW-01 匯出: the questions of one enabled subject (optionally of one type or status) as a
 * Moodle XML file, oldest first, named after the subject's code. Staff see every question of
 * the bank (bank/policy.ts), so they export every one; an unknown subject is a 404.
 */
export async function exportQuestions(ctx: ServiceContext, input: ExportQuestionsInput) {
  if (!canUseHomework(ctx.actor)) throw forbidden();
  const subject = await ctx.db.select({ code: subjects.code, enabled: subjects.enabled }).from(subjects).where(eq(subjects.id, input.subjectId)).get();
  if (!subject) throw notFound();
  if (!subject.enabled) throw new ApiError('subject_disabled', { field: 'subjectId' });
  const rows = await ctx.db
    .select({ text: hwQuestions.text, type: hwQuestions.type, body: hwQuestions.body, answerKey: hwQuestions.answerKey })
    .from(hwQuestions)
    .where(
      and(
        eq(hwQuestions.subjectId, input.subjectId),
        input.type ? eq(hwQuestions.type, input.type) : undefined,
        input.status ? eq(hwQuestions.status, input.status) : undefined,
      ),
    )
    .orderBy(asc(hwQuestions.createdAt), asc(hwQuestions.id))
    .all();
  return { xml: serializeMoodleXml(rows), fileName: `題庫-${subject.code}.xml`, count: rows.length };
}
