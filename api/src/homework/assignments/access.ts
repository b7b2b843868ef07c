import { eq } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../../db/client';
import { hwAssignmentClasses, hwAssignments } from '../../../../db/schema';
import { isSuperAdmin } from '../../auth/policy';
import { classIdsInScope, taughtClassIds } from '../../home-school/teaching';
import type { Actor } from '../../lib/context';
import { forbidden, notFound } from '../../lib/errors';
import { canManageAssignment, canUseAssignments, canViewAssignment, type Reach } from './policy';

/** An assignment row with the ids of its classes. */
export type AssignmentRow = typeof hwAssignments.$inferSelect & { classIds: string[] };

/** An assignment and its classes, or null. */
export async function loadAssignment(db: SchoolDbOrTx, id: string): Promise<AssignmentRow | null> {
  const row = await db.select().from(hwAssignments).where(eq(hwAssignments.id, id)).get();
  if (!row) return null;
  const cls = await db.select({ id: hwAssignmentClasses.classId }).from(hwAssignmentClasses).where(eq(hwAssignmentClasses.assignmentId, id)).all();
  return { ...row, classIds: cls.map((c) => c.id) };
}

/** The classes an actor manages and teaches, read once per request (two small reads; none for super admins). */
export async function reachOf(db: SchoolDbOrTx, actor: Actor): Promise<Reach> {
  if (isSuperAdmin(actor)) return { inScope: [], taught: [] };
  // one after the other: inside a transaction the statements share one connection
  const inScope = await classIdsInScope(actor, db);
  return { inScope, taught: await taughtClassIds(db, actor.memberId) };
}

/** The staff caller of an assignment route, or 401/403 (parents and students use /mine). */
export function requireAssignmentUser(actor: Actor | null): Actor {
  if (!canUseAssignments(actor)) throw forbidden();
  return actor;
}

/**
 * The assignment as the caller may use it: 404 when it does not exist or the caller may not
 * see it, 403 when they may see but `need` is 'manage' and they may not act on it. A4's
 * grading routes use it too.
 */
export async function assignmentFor(db: SchoolDbOrTx, actor: Actor | null, id: string, need: 'view' | 'manage'): Promise<{ assignment: AssignmentRow; manages: boolean; reach: Reach }> {
  const a = requireAssignmentUser(actor);
  const assignment = await loadAssignment(db, id);
  if (!assignment) throw notFound();
  const reach = await reachOf(db, a);
  const manages = canManageAssignment(a, assignment, reach.inScope);
  if (!manages && !canViewAssignment(a, assignment, reach)) throw notFound();
  if (need === 'manage' && !manages) throw forbidden();
  return { assignment, manages, reach };
}
