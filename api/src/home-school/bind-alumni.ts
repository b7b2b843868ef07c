import { and, eq } from 'drizzle-orm';
import { students } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { invalidateDepartmentTree } from '../departments/tree';
import { joinAlumni } from './alumni-department';
import { canBindAlumni } from './policy';

/**
 * 校友二維碼: a signed-in student member who is no longer an active student binds to the
 * alumni department (once; binding again changes nothing). Anyone else: 403 not_alumni.
 */
export async function bindAlumni(ctx: ServiceContext) {
  const actor = ctx.actor;
  const active = actor
    ? await ctx.db
        .select({ id: students.id })
        .from(students)
        .where(and(eq(students.memberId, actor.memberId), eq(students.status, 'active')))
        .get()
    : undefined;
  if (!actor || !canBindAlumni(actor, active !== undefined)) throw new ApiError('not_alumni');
  const result = await ctx.db.transaction(async (tx) => {
    const { departmentId, added } = await joinAlumni(tx, ctx, actor.memberId);
    if (added) await writeAudit(tx, ctx, { action: 'alumni.bind', targetType: 'member', targetId: actor.memberId, after: { departmentId } });
    return { departmentId, bound: true, added };
  });
  if (result.added) invalidateDepartmentTree(ctx.db);
  return result;
}
