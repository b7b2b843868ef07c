import { b08Fetches, type FetchedB08Class } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { gradeRank } from './grade-order';
import { canSyncB08 } from './policy';

/** The B08 table grouped by grade in school order, as the 從教青局同步 screen lists it. */
export function groupB08(list: FetchedB08Class[]) {
  const grades = new Map<string, { gradeCode: string; gradeName: FetchedB08Class['gradeName']; classes: { className: FetchedB08Class['className']; campus: string }[] }>();
  for (const c of list) {
    const g = grades.get(c.gradeCode) ?? { gradeCode: c.gradeCode, gradeName: c.gradeName, classes: [] };
    g.classes.push({ className: c.className, campus: c.campus });
    grades.set(c.gradeCode, g);
  }
  return [...grades.values()].sort((a, b) => gradeRank(a.gradeCode) - gradeRank(b.gradeCode) || a.gradeCode.localeCompare(b.gradeCode));
}

/**
 * PRM-01 從教青局同步: fetches the school year's B08 grade/class table the school filed with
 * the bureau and keeps it for 同步到智慧校園 (the sync creates what was fetched and shown).
 * An empty answer keeps nothing.
 */
export async function fetchB08(ctx: ServiceContext, input: { schoolYear: string }) {
  if (!canSyncB08(ctx.actor)) throw forbidden();
  const now = ctx.clock.now();
  const list = await ctx.platform.bureau.b08Classes(ctx.school.code, input.schoolYear);
  if (list.length > 0) {
    await ctx.db
      .insert(b08Fetches)
      .values({ schoolYear: input.schoolYear, classes: list, fetchedAt: now, byMemberId: ctx.actor?.memberId ?? null })
      .onConflictDoUpdate({ target: b08Fetches.schoolYear, set: { classes: list, fetchedAt: now, byMemberId: ctx.actor?.memberId ?? null } });
  }
  return {
    schoolYear: input.schoolYear,
    fetchedAt: list.length > 0 ? now.toISOString() : null,
    classCount: list.length,
    campuses: [...new Set(list.map((c) => c.campus))],
    grades: groupB08(list),
  };
}
