import { query } from '@solidjs/router';
import type { Id } from '../../lib/client';
import { homeworkApi, type SubmissionRow } from '../../lib/homework-client';

/** The subjects this teacher teaches, each with its classes (HW-05). */
export const teachingOf = query((school: string) => homeworkApi(school).teaching(), 'hwm-teaching');

/**
 * The teacher's list, filtered by the API: the search, one class or (`taught`) the classes I
 * teach and my own, and the day it runs on; 100 a page.
 */
export const assignmentsOf = query(
  (school: string, q: string, classId: string, taught: boolean, day: string, page: number) =>
    homeworkApi(school).assignments.list({ q, classId: classId || undefined, taught: taught ? '1' : undefined, day: day || undefined, page, pageSize: 100 }),
  'hwm-assignments',
);

/** One assignment with its counts and the caller's actions. */
export const assignmentOf = query((school: string, id: Id) => homeworkApi(school).assignments.get(id), 'hwm-assignment');

/** Every student of an assignment (a few classes: read in pages of 100, then filtered here). */
export const submissionsOf = query(async (school: string, id: Id): Promise<SubmissionRow[]> => {
  const out: SubmissionRow[] = [];
  for (let page = 1; ; page++) {
    const p = await homeworkApi(school).assignments.submissions(id, { page, pageSize: 100 });
    out.push(...p.items);
    if (out.length >= p.total || p.items.length === 0) return out;
  }
}, 'hwm-submissions');

/** A student's (or a parent's child's) homework, newest first. */
export const mineOf = query(
  (school: string, studentId: string, page: number) => homeworkApi(school).mine.list({ studentId: studentId || undefined, page, pageSize: 20 }),
  'hwm-mine',
);

/** A student's homework as the grader sees it (with keys, attempts, neighbours). */
export const submissionOf = query(
  (school: string, id: Id, submissionId: Id) => homeworkApi(school).assignments.submission(id, submissionId),
  'hwm-submission',
);
