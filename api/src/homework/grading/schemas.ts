import * as v from 'valibot';
import { submissionStatuses } from '../assignments/schemas';

/** An id as the API hands them out. */
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(40));
const Remark = v.pipe(v.string(), v.trim(), v.maxLength(2000));

/** `/assignments/:id/submissions/:submissionId`. */
export const SubmissionParam = v.object({ school: v.string(), id: Id, submissionId: Id });

/** `/assignments/:id/submissions/:submissionId/files/:fileId`. */
export const SubmissionFileParam = v.object({ school: v.string(), id: Id, submissionId: Id, fileId: Id });

/** `/assignments/:id`. */
export const AssignmentParam = v.object({ school: v.string(), id: Id });

/** `/mine/:assignmentId`. */
export const MineParam = v.object({ school: v.string(), assignmentId: Id });

/** The teacher's mark of one question. */
const Mark = v.strictObject({
  /** The score given, 0 … the question's score; null (or left out) on an unscored homework. */
  score: v.optional(v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10_000)))),
  /** 備注 on this question. */
  remark: v.optional(Remark),
});

/** HW-07 批改 → 保存. */
export const GradeBody = v.strictObject({
  /** Marks by question id: the questions graded by hand, or auto-marked ones overridden. */
  marks: v.pipe(v.record(Id, Mark), v.check((m) => Object.keys(m).length <= 500, 'too many marks')),
  /** 備注 on the whole homework. */
  remark: v.optional(Remark, ''),
  /** 完結 done, or 需訂正 correction (the student corrects and submits again, HW-09). */
  verdict: v.picklist(['done', 'correction']),
});
export type GradeBody = v.InferOutput<typeof GradeBody>;

/** HW-11 導出全部 / 導出Excel: all classes, or one; the 答題詳情 list's filters apply too. */
export const ExportQuery = v.strictObject({
  /** Only this class of the assignment. */
  classId: v.optional(Id),
  /** Only students whose name holds this text. */
  q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
  /** Only homework in this state. */
  status: v.optional(v.picklist(submissionStatuses)),
});
export type ExportQuery = v.InferOutput<typeof ExportQuery>;

/** 成績單 on the student's side: a parent names the child. */
export const MineTranscriptQuery = v.strictObject({
  /** The child (a parent); a student leaves it out. */
  studentId: v.optional(Id),
});
