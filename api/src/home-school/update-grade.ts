import { eq } from 'drizzle-orm';
import { campuses, grades } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden, notFound } from '../lib/errors';
import { canManageStructure } from './policy';
import { presentGrade } from './presenter';
import type { GradeInput } from './create-grade';

/** Renames, recodes, reorders or moves a grade (super admins). */
export async function updateGrade(ctx: ServiceContext, id: string, input: Partial<GradeInput>) {
  if (!canManageStructure(ctx.actor)) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const before = await tx.select().from(grades).where(eq(grades.id, id)).get();
    if (!before) throw notFound();
    if (input.campusId && !(await tx.select({ id: campuses.id }).from(campuses).where(eq(campuses.id, input.campusId)).get())) {
      throw new ApiError('not_found', { field: 'campusId' });
    }
    // an empty patch changes nothing (and SQL has no empty SET)
    const [after] = Object.keys(input).length ? await tx.update(grades).set(input).where(eq(grades.id, id)).returning() : [before];
    await writeAudit(tx, ctx, { action: 'grade.update', targetType: 'grade', targetId: id, before: presentGrade(before), after: presentGrade(after) });
    return presentGrade(after);
  });
}
