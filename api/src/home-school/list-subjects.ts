import { and, asc, count, eq, sql } from 'drizzle-orm';
import { subjects } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { likePattern, offsetOf, pageOf } from '../lib/paging';
import { canListSubjects } from './policy';
import { presentSubject } from './presenter';

/** TT-07 subjects for staff (X-01: searched by name or code, paged; enabled filter). */
export async function listSubjects(ctx: ServiceContext, input: { page: number; pageSize: number; q?: string; enabled?: '0' | '1' }) {
  if (!canListSubjects(ctx.actor)) throw forbidden();
  const p = input.q ? likePattern(input.q) : null;
  const where = and(
    input.enabled ? eq(subjects.enabled, input.enabled === '1') : undefined,
    p ? sql`(${subjects.name} like ${p} escape '\\' or ${subjects.code} like ${p} escape '\\')` : undefined,
  );
  const [rows, total] = await Promise.all([
    ctx.db
      .select()
      .from(subjects)
      .where(where)
      .orderBy(asc(subjects.createdAt), asc(subjects.code))
      .limit(input.pageSize)
      .offset(offsetOf(input.page, input.pageSize))
      .all(),
    ctx.db.select({ n: count() }).from(subjects).where(where).get(),
  ]);
  return pageOf(rows.map(presentSubject), total?.n ?? 0, input.page, input.pageSize);
}
