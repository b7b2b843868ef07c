import { eq } from 'drizzle-orm';
import { subjects } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden } from '../lib/errors';
import { newId } from '../lib/ids';
import { canManageSubjects } from './policy';
import { presentSubject } from './presenter';

/** TT-07 adds a subject; its code is unique (409 code_taken). Super admins. */
export async function createSubject(ctx: ServiceContext, input: { name: string; code: string; enabled?: boolean }) {
  if (!canManageSubjects(ctx.actor)) throw forbidden();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    if (await tx.select({ id: subjects.id }).from(subjects).where(eq(subjects.code, input.code)).get()) {
      throw new ApiError('code_taken', { field: 'code' });
    }
    const [row] = await tx
      .insert(subjects)
      .values({ id: newId(now.getTime()), name: input.name, code: input.code, enabled: input.enabled ?? true, createdAt: now })
      .returning();
    await writeAudit(tx, ctx, { action: 'subject.create', targetType: 'subject', targetId: row.id, after: presentSubject(row) });
    return presentSubject(row);
  });
}
