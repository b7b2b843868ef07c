import { eq } from 'drizzle-orm';
import { classes, grades } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { requireAdmin, requireManagedClass } from './access';
import type { ClassInput } from './create-class';
import { canAddClassTo } from './policy';
import { presentClass } from './presenter';

/** Renames, reorders or moves a class the caller manages (to a grade it may add classes to). */
export async function updateClass(ctx: ServiceContext, id: string, input: Partial<ClassInput>) {
  const actor = requireAdmin(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    await requireManagedClass(tx, actor, id);
    const before = await tx.select().from(classes).where(eq(classes.id, id)).get();
    if (!before) throw new ApiError('not_found');
    if (input.gradeId && input.gradeId !== before.gradeId) {
      const grade = await tx.select().from(grades).where(eq(grades.id, input.gradeId)).get();
      if (!grade || !canAddClassTo(actor, grade)) throw new ApiError('not_found', { field: 'gradeId' });
    }
    // an empty patch changes nothing (and SQL has no empty SET)
    const [after] = Object.keys(input).length ? await tx.update(classes).set(input).where(eq(classes.id, id)).returning() : [before];
    await writeAudit(tx, ctx, { action: 'class.update', targetType: 'class', targetId: id, before: presentClass(before), after: presentClass(after) });
    return presentClass(after);
  });
}
