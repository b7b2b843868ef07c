import { eq } from 'drizzle-orm';
import { classes, students } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { requireAdmin, requireManagedClass } from './access';

/**
 * Deletes a class without students (409 class_not_empty otherwise); its teaching
 * assignments go with it.
 */
export async function deleteClass(ctx: ServiceContext, id: string): Promise<void> {
  const actor = requireAdmin(ctx.actor);
  await ctx.db.transaction(async (tx) => {
    const cls = await requireManagedClass(tx, actor, id);
    if (await tx.select({ id: students.id }).from(students).where(eq(students.classId, id)).get()) throw new ApiError('class_not_empty');
    await tx.delete(classes).where(eq(classes.id, id));
    await writeAudit(tx, ctx, { action: 'class.delete', targetType: 'class', targetId: id, before: cls });
  });
}
