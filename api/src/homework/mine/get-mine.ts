import { asc, eq, inArray } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../../db/client';
import { files, hwAttempts, subjects } from '../../../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { loadAssignedDefinition } from '../definitions/load-definition';
import { type AssignmentRow, mySubmission, type SubmissionRow } from './access';
import { attemptVisible, type FileView, presentAttempt, presentSections, scoresVisible, shownStatus } from './presenter';

/** The ids of the files an attempt holds: its uploads and the answers of upload questions. */
export function attemptFileIds(at: { fileIds: string[]; answers: Record<string, unknown> }): string[] {
  const inAnswers = Object.values(at.answers).flatMap((a) => (Array.isArray(a) ? a.filter((x): x is string => typeof x === 'string') : []));
  return [...at.fileIds, ...inAnswers];
}

/**
 * Whether the student may still hand it in: 已發布 or 反饋, and not handed in yet, or returned
 * for correction — which counts only once the scores are released to them (HW-09: 需訂正
 * after 發佈分數; before that the student does not know and the teacher may still change it).
 */
export function canHandIn(a: Pick<AssignmentRow, 'status'>, s: Pick<SubmissionRow, 'status' | 'notifiedAt' | 'gradedAt'>): boolean {
  if (a.status !== 'published' && a.status !== 'feedback') return false;
  return s.status === 'not_started' || s.status === 'saved' || (s.status === 'correction' && scoresVisible(a, s));
}

/**
 * The homework as the student (or parent) sees it: questions without keys, every attempt
 * with its answers, and the marks, score, remark and verdict once released (presenter.ts).
 */
export async function mineView(
  db: SchoolDbOrTx,
  ctx: ServiceContext,
  found: { assignment: AssignmentRow; submission: SubmissionRow; student: { id: string; name: string } },
  studentIdInUrl: boolean,
) {
  const { assignment: a, submission: s, student } = found;
  const loaded = await loadAssignedDefinition(db, ctx.school.id, a.definitionId);
  const attempts = await db.select().from(hwAttempts).where(eq(hwAttempts.submissionId, s.id)).orderBy(asc(hwAttempts.number)).all();
  const subject = await db.select({ id: subjects.id, name: subjects.name }).from(subjects).where(eq(subjects.id, a.subjectId)).get();
  const sections = loaded?.sections ?? [];
  const ids = [...new Set([...sections.flatMap((sec) => sec.items.flatMap((i) => i.question.attachmentIds)), ...attempts.flatMap(attemptFileIds)])];
  const stored = ids.length ? await db.select({ id: files.id, name: files.name, size: files.size }).from(files).where(inArray(files.id, ids)).all() : [];
  const query = studentIdInUrl ? `?studentId=${encodeURIComponent(student.id)}` : '';
  const byId = new Map<string, FileView>(
    stored.map((f) => [f.id, { ...f, url: `/api/s/${encodeURIComponent(ctx.school.code)}/homework/mine/${a.id}/files/${f.id}${query}` }]),
  );
  const fileOf = (id: string) => byId.get(id) ?? null;
  const released = scoresVisible(a, s);
  const lastSubmitted = attempts.filter((at) => at.status === 'submitted').at(-1);
  // a correction handed in after the release has no grade the student was told about yet
  const current = released && (!lastSubmitted || attemptVisible(released, s, lastSubmitted));
  return {
    id: a.id,
    title: a.title,
    subject: subject ?? { id: a.subjectId, name: '' },
    kind: a.kind,
    deadline: a.deadline?.toISOString() ?? null,
    status: a.status,
    scored: a.scored,
    totalScore: a.totalScore,
    student,
    submission: {
      id: s.id,
      status: shownStatus(s.status, current),
      score: current ? s.score : null,
      remark: current ? s.remark : '',
      verdict: current ? s.verdict : null,
      late: attempts.find((at) => at.status === 'submitted')?.late ?? false,
      attemptCount: s.attemptCount,
      scoresVisible: current,
      canSubmit: canHandIn(a, s),
    },
    sections: presentSections(sections, s.id, fileOf),
    attempts: attempts.map((at) => presentAttempt(at, attemptVisible(released, s, at), fileOf)),
  };
}

/** GET /mine/:assignmentId: one homework of the caller's (or their child's); 404 otherwise. */
export async function getMine(ctx: ServiceContext, assignmentId: string, studentId?: string) {
  const found = await mySubmission(ctx.db, ctx.actor, assignmentId, studentId);
  return mineView(ctx.db, ctx, found, studentId !== undefined);
}
