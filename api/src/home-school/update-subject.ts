import { and, eq, ne } from 'drizzle-orm';
import { subjects } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden, notFound } from '../lib/errors';
import { canManageSubjects } from './policy';
import { presentSubject } from './presenter';

/** Renames, recodes, enables or disables a subject (super admins); assignments stay. */
export async function updateSubject(ctx: ServiceContext, id: string, input: { name?: string; code?: string; enabled?: boolean }) {
  if (!canManageSubjects(ctx.actor)) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const before = await tx.select().from(subjects).where(eq(subjects.id, id)).get();
    if (!before) throw notFound();
    if (input.code && (await tx.select({ id: subjects.id }).from(subjects).where(and(eq(subjects.code, input.code), ne(subjects.id, id))).get())) {
      throw new ApiError('code_taken', { field: 'code' });
    }
    // an empty patch changes nothing (and SQL has no empty SET)
    const [after] = Object.keys(input).length ? await tx.update(subjects).set(input).where(eq(subjects.id, id)).returning() : [before];
    await writeAudit(tx, ctx, { action: 'subject.update', targetType: 'subject', targetId: id, before: presentSubject(before), after: presentSubject(after) });
    return presentSubject(after);
  });
}
