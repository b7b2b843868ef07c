import { eq } from 'drizzle-orm';
import { campuses } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { forbidden, notFound } from '../lib/errors';
import { canManageStructure } from './policy';
import { presentCampus } from './presenter';

/** Renames or reorders a campus (super admins). */
export async function updateCampus(ctx: ServiceContext, id: string, input: { name?: string; sortOrder?: number }) {
  if (!canManageStructure(ctx.actor)) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const before = await tx.select().from(campuses).where(eq(campuses.id, id)).get();
    if (!before) throw notFound();
    // an empty patch changes nothing (and SQL has no empty SET)
    const [after] = Object.keys(input).length ? await tx.update(campuses).set(input).where(eq(campuses.id, id)).returning() : [before];
    await writeAudit(tx, ctx, { action: 'campus.update', targetType: 'campus', targetId: id, before: presentCampus(before), after: presentCampus(after) });
    return presentCampus(after);
  });
}
