import { and, asc, eq, inArray } from 'drizzle-orm';
import { auditLog, hwAssignments, hwAttempts, hwSubmissions, messages } from '../../../../db/schema';
import type { Agent } from '../../test/agent';
import type { TestEnv } from '../../test/harness';
import type { HomeworkSchool } from '../fixture';

/** Helpers of the grading tests, over the homework world of ../fixture.ts. */

/** PUT …/grade as `agent`. */
export const grade = (agent: Agent, id: string, submissionId: string, body: unknown) =>
  agent.json('PUT', `homework/assignments/${id}/submissions/${submissionId}/grade`, body);

/** The submission id of a student's homework. */
export async function submissionOf(env: TestEnv, s: HomeworkSchool, assignmentId: string, studentId: string): Promise<string> {
  const { db } = await env.ctx(s.code);
  const row = await db
    .select({ id: hwSubmissions.id })
    .from(hwSubmissions)
    .where(and(eq(hwSubmissions.assignmentId, assignmentId), eq(hwSubmissions.studentId, studentId)))
    .get();
  if (!row) throw new Error('no submission');
  return row.id;
}

/** The homework messages of an assignment (title, key, recipient). */
export async function homeworkMessages(env: TestEnv, s: HomeworkSchool, assignmentId: string) {
  const { db } = await env.ctx(s.code);
  return db
    .select({ memberId: messages.memberId, key: messages.dedupeKey, title: messages.title, body: messages.body, refType: messages.refType, source: messages.source })
    .from(messages)
    .where(and(eq(messages.refId, assignmentId), eq(messages.source, 'homework')))
    .orderBy(asc(messages.dedupeKey), asc(messages.memberId))
    .all();
}

/** Everything a grading verb may change for an assignment, to prove a refusal changed nothing. */
export async function snapshot(env: TestEnv, s: HomeworkSchool, assignmentId: string) {
  const { db } = await env.ctx(s.code);
  const assignment = await db.select().from(hwAssignments).where(eq(hwAssignments.id, assignmentId)).get();
  const subs = await db.select().from(hwSubmissions).where(eq(hwSubmissions.assignmentId, assignmentId)).orderBy(asc(hwSubmissions.id)).all();
  const attempts = subs.length
    ? await db
        .select()
        .from(hwAttempts)
        .where(
          inArray(
            hwAttempts.submissionId,
            subs.map((x) => x.id),
          ),
        )
        .orderBy(asc(hwAttempts.id))
        .all()
    : [];
  const audit = await db.select({ id: auditLog.id }).from(auditLog).all();
  return { assignment, subs, attempts, messages: await homeworkMessages(env, s, assignmentId), audit: audit.length };
}

/** The audit rows of an action on a target. */
export async function auditOf(env: TestEnv, s: HomeworkSchool, action: string, targetId: string) {
  const { db } = await env.ctx(s.code);
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)))
    .all();
}
