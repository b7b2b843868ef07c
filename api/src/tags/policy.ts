import { canListMembers, isAdmin, isSuperAdmin, managesPlacement, type Placement } from '../auth/policy';
import type { Actor } from '../lib/context';

/**
 * Who may do what with tags (標籤, manual §14 and §19's 可見範圍 picker). Tags reach across
 * the school, so only the creator and super admins make, rename and delete them; a scoped
 * admin of departments gives or takes a tag from the members of its scope; every staff member
 * reads the list (the range pickers of apps and announcements); parents and students never.
 */

/** The tag list and one tag: staff. */
export const canReadTags = (a: Actor | null): boolean => a?.kind === 'staff';

/** Create, rename, delete: creator and super admins. */
export const canManageTags = (a: Actor | null): boolean => isSuperAdmin(a) && a?.kind === 'staff';

/** A tag's members, and giving or taking the tag: admins who administer members (scoped: their departments). */
export const canSetTags = (a: Actor | null): boolean => canListMembers(a) && a?.kind === 'staff';

/** Whether the caller may give or take a tag from a member placed at `p`. */
export const canSetTagOf = (a: Actor | null, p: Placement): boolean => canSetTags(a) && managesPlacement(a, p);

/** Member counts are hidden from non-admins when the school hides member counts (ADM-04). */
export const showsMemberCount = (a: Actor | null, hideMemberCount: boolean): boolean => isAdmin(a) || !hideMemberCount;
