import { eq } from 'drizzle-orm';
import { adminGroups } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { canManageAdmins } from '../auth/policy';
import type { ServiceContext } from '../lib/context';
import { forbidden, notFound } from '../lib/errors';
import { auditShape, loadGroup } from './group-members';
import { forgetSessions } from './role-state';

/** ADM-01: deletes a management group; its members stay scoped admins with their own scope. */
export async function deleteGroup(ctx: ServiceContext, id: string): Promise<void> {
  if (!canManageAdmins(ctx.actor)) throw forbidden();
  const memberIds = await ctx.db.transaction(async (tx) => {
    const before = await loadGroup(tx, id);
    if (!before) throw notFound();
    await tx.delete(adminGroups).where(eq(adminGroups.id, id));
    await writeAudit(tx, ctx, { action: 'admin-group.delete', targetType: 'admin-group', targetId: id, before: auditShape(before) });
    return before.members.map((m) => m.id);
  });
  forgetSessions(ctx, memberIds);
}
