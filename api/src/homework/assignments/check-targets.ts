import { eq, inArray } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../../db/client';
import { classes, hwDefinitions, subjects } from '../../../../db/schema';
import { classIdsInScope, taughtClassIds } from '../../home-school/teaching';
import type { Actor } from '../../lib/context';
import { ApiError } from '../../lib/errors';
import { assignableClassIds } from './policy';

/** What an assignment is of and for. */
export interface Targets {
  subjectId: string;
  definitionId: string;
  classIds: readonly string[];
}

/**
 * HW-04 and HW-05 checks of a new assignment or an edited draft, each naming its field: an
 * enabled subject, a completed definition of that subject, existing classes, and classes the
 * caller may assign that subject to (teachers: where they teach it; scoped admins: also
 * their classes; creator and super admins: any). Returns the definition and the class ids
 * without repeats.
 */
export async function checkTargets(tx: SchoolDbOrTx, actor: Actor, t: Targets) {
  const subject = await tx.select().from(subjects).where(eq(subjects.id, t.subjectId)).get();
  if (!subject) throw new ApiError('unknown_ref', { field: 'subjectId', params: { field: 'subjectId', ref: t.subjectId } });
  if (!subject.enabled) throw new ApiError('subject_disabled', { field: 'subjectId' });
  const definition = await tx.select().from(hwDefinitions).where(eq(hwDefinitions.id, t.definitionId)).get();
  if (!definition) throw new ApiError('unknown_ref', { field: 'definitionId', params: { field: 'definitionId', ref: t.definitionId } });
  if (definition.status !== 'completed') throw new ApiError('definition_not_completed', { field: 'definitionId' });
  if (definition.subjectId !== t.subjectId) throw new ApiError('definition_other_subject', { field: 'definitionId' });
  const classIds = [...new Set(t.classIds)];
  const found = await tx.select({ id: classes.id }).from(classes).where(inArray(classes.id, classIds)).all();
  const missing = classIds.filter((id) => !found.some((f) => f.id === id));
  if (missing.length) throw new ApiError('unknown_ref', { field: 'classIds', params: { field: 'classIds', ref: missing.join(', ') } });
  const allowed = assignableClassIds(actor, await classIdsInScope(actor, tx), await taughtClassIds(tx, actor.memberId, t.subjectId));
  if (allowed && !classIds.every((id) => allowed.has(id))) throw new ApiError('class_not_taught', { field: 'classIds' });
  return { definition, classIds };
}

/** 定時發送 must lie ahead when a draft is saved with it. */
export function checkSchedule(scheduledAt: Date | null, now: Date): void {
  if (scheduledAt && scheduledAt.getTime() <= now.getTime()) throw new ApiError('homework_schedule_past', { field: 'scheduledAt' });
}

/** An ISO instant from the API as a Date (null and absent stay so). */
export const instant = (s: string | null | undefined): Date | null | undefined => (s == null ? s : new Date(s));
