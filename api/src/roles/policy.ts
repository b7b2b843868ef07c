import { canManageAdmins } from '../auth/policy';
import type { Actor } from '../lib/context';

/**
 * Whether an actor may change another admin's role or scope: the creator's role moves only
 * through transfer-creator, so it is never changed nor removed here.
 */
export const canChangeAdmin = (a: Actor | null, target: { adminRole: string | null }): boolean =>
  canManageAdmins(a) && target.adminRole !== 'creator';
