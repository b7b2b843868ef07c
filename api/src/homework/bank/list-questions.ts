import { and, count, desc, eq, sql } from 'drizzle-orm';
import { hwQuestions, subjects } from '../../../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { forbidden } from '../../lib/errors';
import { likePattern, offsetOf, pageOf } from '../../lib/paging';
import { usedByCount } from './get-question';
import { canUseHomework } from './policy';
import { presentQuestionRow } from './presenter';
import type { ListQuestionsInput } from './schemas';

/**
 * 題庫 (HW-01 查看): every question of the school, newest first, searched on its text and
 * filtered by subject, type, status and creator. Staff only.
 */
export async function listQuestions(ctx: ServiceContext, input: ListQuestionsInput) {
  const actor = ctx.actor;
  if (!canUseHomework(actor)) throw forbidden();
  const p = input.q ? likePattern(input.q) : null;
  const where = and(
    input.subjectId ? eq(hwQuestions.subjectId, input.subjectId) : undefined,
    input.type ? eq(hwQuestions.type, input.type) : undefined,
    input.status ? eq(hwQuestions.status, input.status) : undefined,
    input.creatorId ? eq(hwQuestions.creatorId, input.creatorId) : undefined,
    input.mine === '1' ? eq(hwQuestions.creatorId, actor.memberId) : undefined,
    p ? sql`${hwQuestions.text} like ${p} escape '\\'` : undefined,
  );
  const [rows, total] = await Promise.all([
    ctx.db
      .select({ question: hwQuestions, subjectName: subjects.name, usedBy: usedByCount })
      .from(hwQuestions)
      .innerJoin(subjects, eq(subjects.id, hwQuestions.subjectId))
      .where(where)
      // ids start with their creation time, so they break ties of the same millisecond
      .orderBy(desc(hwQuestions.createdAt), desc(hwQuestions.id))
      .limit(input.pageSize)
      .offset(offsetOf(input.page, input.pageSize))
      .all(),
    ctx.db.select({ n: count() }).from(hwQuestions).where(where).get(),
  ]);
  return pageOf(
    rows.map((r) => presentQuestionRow({ ...r, usedBy: Number(r.usedBy) })),
    total?.n ?? 0,
    input.page,
    input.pageSize,
  );
}
