import { eq } from 'drizzle-orm';
import { campuses, grades } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden } from '../lib/errors';
import { newId } from '../lib/ids';
import { nextSortOrder } from './next-sort-order';
import { canManageStructure } from './policy';
import { presentGrade } from './presenter';

export interface GradeInput {
  campusId: string;
  name: string;
  code?: string | null;
  schoolYear: string;
  sortOrder?: number;
}

/** CT-02 adds a grade (年級) of a school year to a campus (super admins). */
export async function createGrade(ctx: ServiceContext, input: GradeInput) {
  if (!canManageStructure(ctx.actor)) throw forbidden();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const campus = await tx.select({ id: campuses.id }).from(campuses).where(eq(campuses.id, input.campusId)).get();
    if (!campus) throw new ApiError('not_found', { field: 'campusId' });
    const [row] = await tx
      .insert(grades)
      .values({ id: newId(now.getTime()), ...input, code: input.code ?? null, sortOrder: input.sortOrder ?? (await nextSortOrder(tx, { campusId: input.campusId })), createdAt: now })
      .returning();
    await writeAudit(tx, ctx, { action: 'grade.create', targetType: 'grade', targetId: row.id, after: presentGrade(row) });
    return presentGrade(row);
  });
}
