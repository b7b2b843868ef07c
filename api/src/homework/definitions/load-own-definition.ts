import { and, eq } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../../db/client';
import { hwDefinitions, hwSections } from '../../../../db/schema';
import type { Actor } from '../../lib/context';
import { ApiError, forbidden, notFound } from '../../lib/errors';
import { ownsRecord } from '../bank/policy';

/**
 * A definition the caller may change (HW-04 草稿可編輯): 404 when it does not exist, 403 when
 * it is someone else's (every staff member sees and copies it, only its creator edits it),
 * 409 definition_completed when `draftOnly` and it is completed.
 */
export async function loadOwnDefinition(db: SchoolDbOrTx, actor: Actor, id: string, draftOnly = true) {
  const d = await db.select().from(hwDefinitions).where(eq(hwDefinitions.id, id)).get();
  if (!d) throw notFound();
  if (!ownsRecord(actor, d)) throw forbidden();
  if (draftOnly && d.status === 'completed') throw new ApiError('definition_completed');
  return d;
}

/** Marks the definition changed (its editor's sections and items count as the definition). */
export async function touchDefinition(db: SchoolDbOrTx, id: string, now: Date): Promise<void> {
  await db.update(hwDefinitions).set({ updatedAt: now }).where(eq(hwDefinitions.id, id));
}

/** A section of the definition; 404 when it is not one of its sections. */
export async function sectionOf(db: SchoolDbOrTx, definitionId: string, sectionId: string) {
  const s = await db.select().from(hwSections).where(and(eq(hwSections.id, sectionId), eq(hwSections.definitionId, definitionId))).get();
  if (!s) throw notFound();
  return s;
}
