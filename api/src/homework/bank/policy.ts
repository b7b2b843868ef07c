import type { Actor } from '../../lib/context';

/**
 * Who may use the question bank and homework definitions (SPEC §3.7 HW-01..04, manual §5).
 * Every staff member (teachers, and admins alike) lists, views and copies all of them; only
 * the creator edits, publishes or deletes their own (HW-02: admins follow the same rule, the
 * manual shows 刪除 only on one's own rows). Parents and students never reach them (403).
 */

/** The back-office homework screens (題庫, 作業定義, 學生作業): staff only. */
export const canUseHomework = (a: Actor | null): a is Actor => a?.kind === 'staff';

/** What ownership checks need of a question or definition. */
export interface Owned {
  creatorId: string;
}

/** Edit, publish or delete a question; edit, complete or delete a definition: its creator. */
export const ownsRecord = (a: Actor | null, r: Owned): boolean => canUseHomework(a) && r.creatorId === a.memberId;
