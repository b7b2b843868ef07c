import { and, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../../db/client';
import { hwAssignmentClasses, hwAssignments, hwSubmissions, students } from '../../../../db/schema';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { ApiError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { assignmentFor } from './access';
import { viewAfterChange } from './get-assignment';
import { notifyStudents } from './messages';
import { transitionRefusal } from './policy';

/**
 * 草稿 → 已發布 inside the caller's transaction: claims the draft (so of two publishes, or a
 * publish racing the scheduled-send job, exactly one proceeds), creates one submission per
 * active student of its classes (in the class they are in now) and tells each student (or
 * their guardians). Returns null when it was no longer a draft (or, with `due`, not yet due).
 * A reminder time already past is counted as done: the publish message is the reminder.
 */
export async function publishDraft(tx: SchoolDbOrTx, ctx: ServiceContext, id: string, options: { due?: boolean } = {}): Promise<{ students: number; messages: number } | null> {
  const now = ctx.clock.now();
  const [row] = await tx
    .update(hwAssignments)
    .set({
      status: 'published',
      publishedAt: now,
      updatedAt: now,
      remindedAt: sql`case when ${hwAssignments.remindAt} <= ${now.getTime()} then ${now.getTime()} else null end`,
    })
    .where(
      and(
        eq(hwAssignments.id, id),
        eq(hwAssignments.status, 'draft'),
        options.due ? and(isNotNull(hwAssignments.scheduledAt), lte(hwAssignments.scheduledAt, now)) : undefined,
      ),
    )
    .returning();
  if (!row) return null;
  const classIds = (await tx.select({ id: hwAssignmentClasses.classId }).from(hwAssignmentClasses).where(eq(hwAssignmentClasses.assignmentId, id)).all()).map((c) => c.id);
  const pupils = classIds.length
    ? await tx
        .select({ id: students.id, classId: students.classId })
        .from(students)
        .where(and(inArray(students.classId, classIds), eq(students.status, 'active')))
        .all()
    : [];
  const rows = pupils.map((p) => ({ id: newId(now.getTime()), assignmentId: id, studentId: p.id, classId: p.classId ?? '', updatedAt: now }));
  // 5 bound values a row: well under SQLite's limit per statement
  for (let i = 0; i < rows.length; i += 500) await tx.insert(hwSubmissions).values(rows.slice(i, i + 500)).onConflictDoNothing();
  const messages = await notifyStudents(
    tx,
    ctx,
    row,
    pupils.map((p) => p.id),
    'published',
    (studentId) => `homework:${id}:published:${studentId}`,
  );
  await writeAudit(tx, ctx, {
    action: 'homework.publish',
    targetType: 'homework',
    targetId: id,
    before: { status: 'draft', scheduledAt: row.scheduledAt?.toISOString() ?? null },
    after: { status: 'published', students: rows.length },
  });
  return { students: rows.length, messages };
}

/** HW-06 發佈 a draft now (its creator or admins); publishing twice is 409. */
export async function publishAssignment(ctx: ServiceContext, id: string) {
  return ctx.db.transaction(async (tx) => {
    const { assignment } = await assignmentFor(tx, ctx.actor, id, 'manage');
    const refusal = transitionRefusal(assignment.status, 'publish');
    if (refusal) throw new ApiError(refusal);
    if (!(await publishDraft(tx, ctx, id))) throw new ApiError('assignment_published');
    return viewAfterChange(tx, ctx, id);
  });
}

/** 定時發送: publishes the drafts whose time has come, one transaction each (the job calls this). */
export async function publishDueAssignments(ctx: ServiceContext, limit = 50): Promise<{ assignments: number; students: number }> {
  const due = await ctx.db
    .select({ id: hwAssignments.id })
    .from(hwAssignments)
    .where(and(eq(hwAssignments.status, 'draft'), isNotNull(hwAssignments.scheduledAt), lte(hwAssignments.scheduledAt, ctx.clock.now())))
    .orderBy(hwAssignments.scheduledAt)
    .limit(limit)
    .all();
  const out = { assignments: 0, students: 0 };
  for (const { id } of due) {
    const done = await ctx.db.transaction((tx) => publishDraft(tx, ctx, id, { due: true }));
    if (!done) continue;
    out.assignments++;
    out.students += done.students;
  }
  return out;
}
