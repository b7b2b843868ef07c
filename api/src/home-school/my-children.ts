import { and, eq, ne } from 'drizzle-orm';
import { students } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { canSeeChildren } from './policy';
import { childrenOf } from './teaching';

/**
 * The mobile child switcher: a parent's active children with class and school year; for a
 * student, themself (also as an alumnus, with no class).
 */
export async function myChildren(ctx: ServiceContext) {
  const actor = ctx.actor;
  if (!actor || !canSeeChildren(actor)) throw forbidden();
  const children = await childrenOf(ctx.db, actor.memberId);
  if (actor.kind === 'student' && children.length === 0) {
    const own = await ctx.db
      .select({ id: students.id, name: students.name, status: students.status })
      .from(students)
      .where(and(eq(students.memberId, actor.memberId), ne(students.status, 'transferred')))
      .get();
    if (own) return { items: [{ id: own.id, name: own.name, relation: '本人', classId: null, className: null, gradeName: null, schoolYear: null, status: own.status }] };
  }
  return {
    items: children.map((c) => ({
      id: c.id,
      name: c.name,
      relation: c.relation,
      classId: c.classId,
      className: c.className,
      gradeName: c.gradeName,
      schoolYear: c.schoolYear,
      status: 'active' as const,
    })),
  };
}
