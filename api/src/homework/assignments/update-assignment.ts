import { eq } from 'drizzle-orm';
import { hwAssignmentClasses, hwAssignments } from '../../../../db/schema';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { ApiError } from '../../lib/errors';
import { type AssignmentRow, assignmentFor, requireAssignmentUser } from './access';
import { checkSchedule, checkTargets, instant } from './check-targets';
import { viewAfterChange } from './get-assignment';
import { EDITABLE_AFTER_PUBLISH } from './policy';
import type { UpdateAssignmentBody } from './schemas';

type Field = keyof UpdateAssignmentBody;

/** The current value of a field in the shape the API takes it, to tell a change from a resend. */
function current(a: AssignmentRow, field: Field): unknown {
  if (field === 'classIds') return [...a.classIds].sort().join(',');
  if (field === 'deadline' || field === 'remindAt' || field === 'scheduledAt') return a[field]?.getTime() ?? null;
  return a[field];
}
function given(input: UpdateAssignmentBody, field: Field): unknown {
  if (field === 'classIds') return [...new Set(input.classIds)].sort().join(',');
  if (field === 'deadline' || field === 'remindAt' || field === 'scheduledAt') return instant(input[field])?.getTime() ?? null;
  return input[field];
}

/**
 * 編輯 (HW-05, HW-06, HW-10): a draft changes everything (checked as on creation); once
 * published (or in 反饋) only the title, deadline and reminder time, and a field sent
 * unchanged is not a change (forms send them all); once 已完結 nothing (409). A new reminder
 * time reminds again.
 */
export async function updateAssignment(ctx: ServiceContext, id: string, input: UpdateAssignmentBody) {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const actor = requireAssignmentUser(ctx.actor);
    const { assignment: a } = await assignmentFor(tx, actor, id, 'manage');
    if (a.status === 'closed') throw new ApiError('assignment_closed');
    const changed = (Object.keys(input) as Field[]).filter((f) => input[f] !== undefined && given(input, f) !== current(a, f));
    if (a.status !== 'draft') {
      const locked = changed.find((f) => !(EDITABLE_AFTER_PUBLISH as readonly string[]).includes(f));
      if (locked) throw new ApiError('assignment_field_locked', { field: locked, params: { field: locked } });
    }
    if (changed.length === 0) return viewAfterChange(tx, ctx, id);
    const set: Partial<typeof hwAssignments.$inferInsert> = { updatedAt: now };
    if (input.title !== undefined) set.title = input.title;
    if (input.deadline !== undefined) set.deadline = instant(input.deadline);
    if (changed.includes('remindAt')) {
      set.remindAt = instant(input.remindAt);
      set.remindedAt = null;
    }
    let classIds: readonly string[] | null = null;
    if (a.status === 'draft') {
      if (changed.includes('scheduledAt')) {
        set.scheduledAt = instant(input.scheduledAt);
        checkSchedule(set.scheduledAt ?? null, now);
      }
      if (input.kind !== undefined) set.kind = input.kind;
      if (changed.some((f) => f === 'subjectId' || f === 'definitionId' || f === 'classIds')) {
        const t = { subjectId: input.subjectId ?? a.subjectId, definitionId: input.definitionId ?? a.definitionId, classIds: input.classIds ?? a.classIds };
        const checked = await checkTargets(tx, actor, t);
        Object.assign(set, { subjectId: t.subjectId, definitionId: t.definitionId, scored: checked.definition.scored, totalScore: checked.definition.scored ? checked.definition.totalScore : null });
        classIds = checked.classIds;
      }
    }
    await tx.update(hwAssignments).set(set).where(eq(hwAssignments.id, id));
    if (classIds) {
      await tx.delete(hwAssignmentClasses).where(eq(hwAssignmentClasses.assignmentId, id));
      await tx.insert(hwAssignmentClasses).values(classIds.map((classId) => ({ assignmentId: id, classId })));
    }
    const before = Object.fromEntries(changed.map((f) => [f, current(a, f)]));
    const after = Object.fromEntries(changed.map((f) => [f, given(input, f)]));
    await writeAudit(tx, ctx, { action: 'homework.update', targetType: 'homework', targetId: id, before, after });
    return viewAfterChange(tx, ctx, id);
  });
}
