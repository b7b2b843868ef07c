import { confidentialViews } from '../../../db/schema';
import { canEnterAdminConsole, canManageContact } from '../auth/policy';
import type { ServiceContext } from '../lib/context';
import { forbidden, notFound } from '../lib/errors';
import { newId } from '../lib/ids';
import { loadPlacement } from '../roles/placement';
import type { ConfidentialField } from './confidential';

/**
 * ADM-04: reveals one field of a member to whoever manages the member's contact record
 * (通訊錄權限: super admins, a scoped admin within its scope) and logs the view (viewer,
 * member, field, time). Every view is logged, whether or not the field is confidential now,
 * so a setting switched off later does not leave gaps. Members have no e-mail yet: `email`
 * answers null.
 */
export async function viewConfidential(ctx: ServiceContext, memberId: string, field: ConfidentialField) {
  const actor = ctx.actor;
  if (!actor || !canEnterAdminConsole(actor)) throw forbidden();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const found = await loadPlacement(tx, memberId);
    if (!found || !canManageContact(actor, found.placement)) throw notFound();
    const { member } = found;
    const value = field === 'phone' ? member.phone : field === 'account' ? member.account : null;
    await tx.insert(confidentialViews).values({ id: newId(now.getTime()), viewerId: actor.memberId, memberId, field, at: now });
    return { memberId, field, value, ...(field === 'phone' ? { areaCode: member.areaCode } : {}) };
  });
}
