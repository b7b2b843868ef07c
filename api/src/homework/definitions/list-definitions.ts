import { and, count, desc, eq, sql } from 'drizzle-orm';
import { hwDefinitions, subjects } from '../../../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { forbidden } from '../../lib/errors';
import { likePattern, offsetOf, pageOf } from '../../lib/paging';
import { canUseHomework } from '../bank/policy';
import { questionCountOf } from './get-definition';
import { presentDefinitionRow } from './presenter';
import type { ListDefinitionsInput } from './schemas';

/**
 * 作業定義 (HW-03): every definition of the school, newest first, searched on its title and
 * filtered by subject, status, scoring and creator. Staff only.
 */
export async function listDefinitions(ctx: ServiceContext, input: ListDefinitionsInput) {
  const actor = ctx.actor;
  if (!canUseHomework(actor)) throw forbidden();
  const p = input.q ? likePattern(input.q) : null;
  const where = and(
    input.subjectId ? eq(hwDefinitions.subjectId, input.subjectId) : undefined,
    input.status ? eq(hwDefinitions.status, input.status) : undefined,
    input.scored ? eq(hwDefinitions.scored, input.scored === '1') : undefined,
    input.mine === '1' ? eq(hwDefinitions.creatorId, actor.memberId) : undefined,
    p ? sql`${hwDefinitions.title} like ${p} escape '\\'` : undefined,
  );
  const [rows, total] = await Promise.all([
    ctx.db
      .select({ definition: hwDefinitions, subjectName: subjects.name, questionCount: questionCountOf })
      .from(hwDefinitions)
      .innerJoin(subjects, eq(subjects.id, hwDefinitions.subjectId))
      .where(where)
      .orderBy(desc(hwDefinitions.createdAt), desc(hwDefinitions.id))
      .limit(input.pageSize)
      .offset(offsetOf(input.page, input.pageSize))
      .all(),
    ctx.db.select({ n: count() }).from(hwDefinitions).where(where).get(),
  ]);
  return pageOf(
    rows.map((r) => presentDefinitionRow({ ...r, questionCount: Number(r.questionCount) })),
    total?.n ?? 0,
    input.page,
    input.pageSize,
  );
}
