import type { hwAssignments } from '../../../../db/schema';
import type { AssignmentAction } from './policy';

type Row = typeof hwAssignments.$inferSelect;

/** A class as assignment rows show it: `小三/小三甲班` on the screen. */
export interface ClassView {
  id: string;
  name: string;
  gradeName: string;
}

/** What an assignment row shows besides its own columns (read in bulk by load-views.ts). */
export interface AssignmentExtras {
  subject: { id: string; name: string };
  classes: ClassView[];
  counts: { students: number; submitted: number; graded: number };
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** One row of the 學生作業 list (docs/HOMEWORK.md): never the raw row. */
export function presentAssignment(row: Row, extras: AssignmentExtras, actions: AssignmentAction[]) {
  return {
    id: row.id,
    title: row.title,
    subject: extras.subject,
    kind: row.kind,
    classes: extras.classes,
    deadline: iso(row.deadline),
    remindAt: iso(row.remindAt),
    scheduledAt: iso(row.scheduledAt),
    scored: row.scored,
    totalScore: row.totalScore,
    status: row.status,
    counts: extras.counts,
    actions,
    creator: { id: row.creatorId, name: row.creatorName },
    createdAt: row.createdAt.toISOString(),
  };
}

/** GET /assignments/:id: the row plus its definition and the times of its transitions. */
export function presentAssignmentDetail(row: Row, extras: AssignmentExtras, actions: AssignmentAction[], definition: { id: string; title: string }) {
  return {
    ...presentAssignment(row, extras, actions),
    definition,
    remindedAt: iso(row.remindedAt),
    publishedAt: iso(row.publishedAt),
    scoresPublishedAt: iso(row.scoresPublishedAt),
    closedAt: iso(row.closedAt),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A submission row as the teacher's 答題詳情 list reads it. */
export interface SubmissionListRow {
  id: string;
  studentId: string;
  studentName: string;
  classId: string;
  className: string | null;
  status: string;
  score: number | null;
  late: number | boolean | null;
  attemptCount: number;
  updatedAt: Date;
}

/** One row of 答題詳情: 姓名, 班級, 狀態, 分數, 更新時間 (and late, attempts). */
export function presentSubmissionRow(r: SubmissionListRow) {
  return {
    id: r.id,
    student: { id: r.studentId, name: r.studentName },
    classId: r.classId,
    className: r.className ?? '',
    status: r.status,
    score: r.score,
    late: Boolean(r.late),
    attemptCount: r.attemptCount,
    updatedAt: r.updatedAt.toISOString(),
  };
}
