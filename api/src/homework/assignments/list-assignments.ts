import { and, count, desc, eq, exists, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { hwAssignmentClasses, hwAssignments } from '../../../../db/schema';
import { isSuperAdmin } from '../../auth/policy';
import { macauDay } from '../../lib/clock';
import type { ServiceContext } from '../../lib/context';
import { likePattern, offsetOf, pageOf } from '../../lib/paging';
import { reachOf, requireAssignmentUser } from './access';
import { assignmentExtras } from './load-views';
import { actionsFor, canManageAssignment } from './policy';
import { presentAssignment } from './presenter';
import type { ListAssignmentsQuery } from './schemas';

/** Running on a Macao day: made before the day ended, and no deadline or one not before it began. */
function runningOn(day: string) {
  const { start, end } = macauDay(day);
  return and(lt(hwAssignments.createdAt, end), or(isNull(hwAssignments.deadline), gte(hwAssignments.deadline, start)));
}

/**
 * 學生作業 list: newest first, searchable by title, filtered by subject, state, type,
 * class, 我創建的, what the caller teaches and the day it runs on. A caller sees what they may view (policy.ts): creator and super admins
 * every assignment; others their own and those given to a class they teach or manage. Each
 * row carries the actions the caller has on it in its state.
 */
export async function listAssignments(ctx: ServiceContext, input: ListAssignmentsQuery) {
  const actor = requireAssignmentUser(ctx.actor);
  const reach = await reachOf(ctx.db, actor);
  const classOf = (ids: readonly string[]) =>
    exists(
      ctx.db
        .select({ one: sql`1` })
        .from(hwAssignmentClasses)
        .where(and(eq(hwAssignmentClasses.assignmentId, hwAssignments.id), inArray(hwAssignmentClasses.classId, [...ids]))),
    );
  const reachable = [...new Set([...reach.taught, ...reach.inScope])];
  const visible = isSuperAdmin(actor) ? undefined : or(eq(hwAssignments.creatorId, actor.memberId), reachable.length ? classOf(reachable) : undefined);
  const where = and(
    visible,
    input.q ? sql`${hwAssignments.title} like ${likePattern(input.q)} escape '\\'` : undefined,
    input.subjectId ? eq(hwAssignments.subjectId, input.subjectId) : undefined,
    input.status ? eq(hwAssignments.status, input.status) : undefined,
    input.kind ? eq(hwAssignments.kind, input.kind) : undefined,
    input.classId ? classOf([input.classId]) : undefined,
    input.mine === '1' ? eq(hwAssignments.creatorId, actor.memberId) : undefined,
    input.taught === '1' ? or(eq(hwAssignments.creatorId, actor.memberId), reach.taught.length ? classOf(reach.taught) : undefined) : undefined,
    input.day ? runningOn(input.day) : undefined,
  );
  const rows = await ctx.db
    .select()
    .from(hwAssignments)
    .where(where)
    // ids made in the same millisecond sort at random: insertion order breaks the tie
    .orderBy(desc(hwAssignments.createdAt), sql`${hwAssignments}.rowid desc`)
    .limit(input.pageSize)
    .offset(offsetOf(input.page, input.pageSize))
    .all();
  const total = await ctx.db.select({ n: count() }).from(hwAssignments).where(where).get();
  const extras = await assignmentExtras(ctx.db, rows);
  const items = rows.flatMap((r) => {
    const e = extras.get(r.id);
    if (!e) return [];
    const manages = canManageAssignment(actor, { creatorId: r.creatorId, classIds: e.classes.map((c) => c.id) }, reach.inScope);
    return [presentAssignment(r, e, actionsFor(r.status, manages))];
  });
  return pageOf(items, total?.n ?? 0, input.page, input.pageSize);
}
