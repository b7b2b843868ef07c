import { eq, max } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { campuses, classes, grades } from '../../../db/schema';

/**
 * The position after the last sibling, so a new campus, grade or class lands last, as
 * departments do (lists sort by this, then by name, and 乙班 must not jump ahead of 甲班).
 */
export async function nextSortOrder(tx: SchoolDbOrTx, of: { campus: true } | { campusId: string } | { gradeId: string }): Promise<number> {
  const row =
    'campus' in of
      ? await tx.select({ n: max(campuses.sortOrder) }).from(campuses).get()
      : 'campusId' in of
        ? await tx.select({ n: max(grades.sortOrder) }).from(grades).where(eq(grades.campusId, of.campusId)).get()
        : await tx.select({ n: max(classes.sortOrder) }).from(classes).where(eq(classes.gradeId, of.gradeId)).get();
  return row?.n == null ? 0 : row.n + 1;
}
