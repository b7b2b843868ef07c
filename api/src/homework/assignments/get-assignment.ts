import { eq } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../../db/client';
import { hwDefinitions } from '../../../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { type AssignmentRow, assignmentFor } from './access';
import { assignmentExtras } from './load-views';
import { actionsFor } from './policy';
import { presentAssignmentDetail } from './presenter';

/** The detail view of an assignment the caller may see, with the actions they have on it. */
export async function assignmentView(db: SchoolDbOrTx, assignment: AssignmentRow, manages: boolean) {
  const extras = await assignmentExtras(db, [assignment]);
  const definition = await db.select({ id: hwDefinitions.id, title: hwDefinitions.title }).from(hwDefinitions).where(eq(hwDefinitions.id, assignment.definitionId)).get();
  const { classIds: _, ...row } = assignment;
  const found = extras.get(assignment.id);
  if (!found) throw new Error('assignment extras missing');
  return presentAssignmentDetail(row, found, actionsFor(assignment.status, manages), definition ?? { id: assignment.definitionId, title: '' });
}

/** GET /assignments/:id: its managers and the teachers of its classes; 404 for anyone else. */
export async function getAssignment(ctx: ServiceContext, id: string) {
  const { assignment, manages } = await assignmentFor(ctx.db, ctx.actor, id, 'view');
  return assignmentView(ctx.db, assignment, manages);
}

/** Re-reads an assignment after a change, in the change's transaction, and presents it. */
export async function viewAfterChange(tx: SchoolDbOrTx, ctx: ServiceContext, id: string) {
  const { assignment, manages } = await assignmentFor(tx, ctx.actor, id, 'view');
  return assignmentView(tx, assignment, manages);
}
