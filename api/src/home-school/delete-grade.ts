import { eq } from 'drizzle-orm';
import { classes, grades } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden, notFound } from '../lib/errors';
import { canManageStructure } from './policy';
import { presentGrade } from './presenter';

/** Deletes an empty grade; one that still has classes is refused (409 grade_not_empty). */
export async function deleteGrade(ctx: ServiceContext, id: string): Promise<void> {
  if (!canManageStructure(ctx.actor)) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    const before = await tx.select().from(grades).where(eq(grades.id, id)).get();
    if (!before) throw notFound();
    if (await tx.select({ id: classes.id }).from(classes).where(eq(classes.gradeId, id)).get()) throw new ApiError('grade_not_empty');
    await tx.delete(grades).where(eq(grades.id, id));
    await writeAudit(tx, ctx, { action: 'grade.delete', targetType: 'grade', targetId: id, before: presentGrade(before) });
  });
}
