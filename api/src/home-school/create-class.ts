import { eq } from 'drizzle-orm';
import { classes, grades } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { newId } from '../lib/ids';
import { requireAdmin } from './access';
import { nextSortOrder } from './next-sort-order';
import { canAddClassTo } from './policy';
import { presentClass } from './presenter';

export interface ClassInput {
  gradeId: string;
  name: string;
  /** Defaults to the grade's school year. */
  schoolYear?: string;
  sortOrder?: number;
  audience?: 'all' | 'students' | 'parents';
}

/**
 * CT-02 adds a class to a grade: super admins, or a scoped admin whose scope names the grade
 * or its campus. Classes made here are `manual`; only the B08 sync makes `b08` ones (PRM-03).
 */
export async function createClass(ctx: ServiceContext, input: ClassInput) {
  const actor = requireAdmin(ctx.actor);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const grade = await tx.select().from(grades).where(eq(grades.id, input.gradeId)).get();
    if (!grade || !canAddClassTo(actor, grade)) throw new ApiError('not_found', { field: 'gradeId' });
    const [row] = await tx
      .insert(classes)
      .values({
        id: newId(now.getTime()),
        gradeId: grade.id,
        name: input.name,
        schoolYear: input.schoolYear ?? grade.schoolYear,
        sortOrder: input.sortOrder ?? (await nextSortOrder(tx, { gradeId: grade.id })),
        audience: input.audience ?? 'all',
        source: 'manual',
        createdAt: now,
      })
      .returning();
    await writeAudit(tx, ctx, { action: 'class.create', targetType: 'class', targetId: row.id, after: presentClass(row) });
    return presentClass(row);
  });
}
