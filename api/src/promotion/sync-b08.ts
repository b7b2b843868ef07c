import { and, eq, inArray } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { b08ClassLinks, b08Fetches, b08Syncs, campuses, classes, type FetchedB08Class, grades } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden } from '../lib/errors';
import type { Locale } from '../lib/i18n';
import { newId } from '../lib/ids';
import { syncedClassName } from './b08-names';
import { gradeRank } from './grade-order';
import { canSyncB08 } from './policy';

export interface SyncInput {
  schoolYear: string;
  campusId: string;
  language: Locale;
  separateParentClasses: boolean;
}

type Audience = 'all' | 'students' | 'parents';
interface GradeOut { id: string; name: string; code: string; created: boolean; classes: { id: string; name: string; audience: Audience; created: boolean }[] }

/**
 * PRM-01 同步到智慧校園 / PRM-02: creates the fetched year's grades and classes under the
 * chosen campus (source `b08`, the only classes subscription offers, PRM-03), named in the
 * chosen language, with a students' and a parents' class per B08 class when asked. A class
 * already made for a B08 class (remembered in b08_class_links) or one of the same name in
 * the grade is reused: running it twice creates nothing twice. One transaction, audited.
 */
export async function syncB08(ctx: ServiceContext, input: SyncInput) {
  const actor = ctx.actor;
  if (!actor || !canSyncB08(actor)) throw forbidden();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const fetched = await tx.select().from(b08Fetches).where(eq(b08Fetches.schoolYear, input.schoolYear)).get();
    if (!fetched || fetched.classes.length === 0) throw new ApiError('b08_not_fetched', { field: 'schoolYear' });
    const campus = await tx.select().from(campuses).where(eq(campuses.id, input.campusId)).get();
    if (!campus) throw new ApiError('not_found', { field: 'campusId' });
    const links = await tx.select().from(b08ClassLinks).where(eq(b08ClassLinks.schoolYear, input.schoolYear)).all();
    const audiences: Audience[] = input.separateParentClasses ? ['students', 'parents'] : ['all'];
    if (links.some((l) => !audiences.includes(l.audience))) throw new ApiError('b08_layout_changed', { field: 'separateParentClasses' });

    const out = new Map<string, GradeOut>();
    let createdClasses = 0;
    for (const [i, b] of fetched.classes.entries()) {
      const grade = out.get(b.gradeCode) ?? (await ensureGrade(tx, input, b, now));
      out.set(b.gradeCode, grade);
      for (const audience of audiences) {
        const key = (l: typeof b08ClassLinks.$inferSelect) =>
          l.bureauCampus === b.campus && l.gradeCode === b.gradeCode && l.bureauClassName === b.className['zh-Hant'] && l.audience === audience;
        const linked = links.find(key);
        const cls = linked
          ? await tx.select({ id: classes.id, name: classes.name }).from(classes).where(eq(classes.id, linked.classId)).get()
          : undefined;
        if (cls) {
          grade.classes.push({ ...cls, audience, created: false });
          continue;
        }
        const made = await ensureClass(tx, grade.id, input, b, audience, i, now);
        await tx.insert(b08ClassLinks).values({ classId: made.id, schoolYear: input.schoolYear, bureauCampus: b.campus, gradeCode: b.gradeCode, bureauClassName: b.className['zh-Hant'], audience });
        if (made.created) createdClasses++;
        grade.classes.push({ id: made.id, name: made.name, audience, created: made.created });
      }
    }
    const result = {
      schoolYear: input.schoolYear,
      campus: { id: campus.id, name: campus.name },
      language: input.language,
      separateParentClasses: input.separateParentClasses,
      created: { grades: [...out.values()].filter((g) => g.created).length, classes: createdClasses },
      grades: [...out.values()],
    };
    await tx.insert(b08Syncs).values({
      id: newId(now.getTime()),
      schoolYear: input.schoolYear,
      campusId: campus.id,
      language: input.language,
      separateParentClasses: input.separateParentClasses,
      createdGrades: result.created.grades,
      createdClasses,
      byMemberId: actor.memberId,
      byName: actor.name,
      at: now,
    });
    await writeAudit(tx, ctx, { action: 'promotion.b08-sync', targetType: 'school-year', targetId: input.schoolYear, after: { campusId: campus.id, ...result.created, language: input.language, separateParentClasses: input.separateParentClasses } });
    return result;
  });
}

async function ensureGrade(tx: SchoolDbOrTx, input: SyncInput, b: FetchedB08Class, now: Date): Promise<GradeOut> {
  const found = await tx
    .select({ id: grades.id, name: grades.name })
    .from(grades)
    .where(and(eq(grades.campusId, input.campusId), eq(grades.schoolYear, input.schoolYear), inArray(grades.code, [b.gradeCode])))
    .get();
  if (found) return { ...found, code: b.gradeCode, created: false, classes: [] };
  const id = newId(now.getTime());
  const name = b.gradeName[input.language];
  await tx.insert(grades).values({ id, campusId: input.campusId, name, code: b.gradeCode, schoolYear: input.schoolYear, sortOrder: gradeRank(b.gradeCode), createdAt: now });
  return { id, name, code: b.gradeCode, created: true, classes: [] };
}

/** The class for one B08 class and audience: one of that name in the grade is adopted, else a new one. */
async function ensureClass(tx: SchoolDbOrTx, gradeId: string, input: SyncInput, b: FetchedB08Class, audience: Audience, order: number, now: Date) {
  const name = syncedClassName(b.className, input.language, audience);
  const same = await tx
    .select({ id: classes.id })
    .from(classes)
    .where(and(eq(classes.gradeId, gradeId), eq(classes.name, name), eq(classes.schoolYear, input.schoolYear), eq(classes.audience, audience)))
    .get();
  const taken = same ? await tx.select({ id: b08ClassLinks.classId }).from(b08ClassLinks).where(eq(b08ClassLinks.classId, same.id)).get() : undefined;
  if (same && !taken) {
    await tx.update(classes).set({ source: 'b08' }).where(eq(classes.id, same.id));
    return { id: same.id, name, created: false };
  }
  const id = newId(now.getTime());
  await tx.insert(classes).values({ id, gradeId, name, schoolYear: input.schoolYear, source: 'b08', audience, sortOrder: order, createdAt: now });
  return { id, name, created: true };
}
