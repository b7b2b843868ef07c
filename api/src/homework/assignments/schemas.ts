import * as v from 'valibot';
import { PageQuery } from '../../lib/paging';

/** An id as the API hands them out. */
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(40));
const Title = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200));
/** An instant, ISO 8601 with its offset (`2026-11-30T10:00:00Z`, `…+08:00`); null clears it. */
const Instant = v.nullable(v.pipe(v.string(), v.isoTimestamp()));
const ClassIds = v.pipe(v.array(Id), v.minLength(1), v.maxLength(100));

/** `/assignments/:id`. */
export const AssignmentParam = v.object({ school: v.string(), id: Id });

/** HW-05 添加學生作業 (保存草稿 or 發佈). */
export const CreateAssignmentBody = v.strictObject({
  /** 標題. */
  title: Title,
  /** 科目: one the caller teaches in every class chosen (admins: any enabled subject). */
  subjectId: Id,
  /** 作業定義: a completed definition of that subject. */
  definitionId: Id,
  /** 介面答題 answer (in the page) or 附件上傳 upload (files). */
  kind: v.picklist(['answer', 'upload']),
  /** 班級 (several at once). */
  classIds: ClassIds,
  /** 截止時間: later submissions are marked late. */
  deadline: v.optional(Instant),
  /** 提醒時間: those who have not submitted are reminded then (once). */
  remindAt: v.optional(Instant),
  /** 定時發送: only when saved as a draft (`publish: false`); must be in the future. */
  scheduledAt: v.optional(Instant),
  /** 發佈 now (ignores `scheduledAt`), or 保存草稿. */
  publish: v.boolean(),
});
export type CreateAssignmentBody = v.InferOutput<typeof CreateAssignmentBody>;

/** 編輯: a draft changes anything; a published one only title, deadline and remindAt; a closed one nothing. */
export const UpdateAssignmentBody = v.strictObject({
  /** 標題. */
  title: v.optional(Title),
  /** 科目 (draft only). */
  subjectId: v.optional(Id),
  /** 作業定義 (draft only). */
  definitionId: v.optional(Id),
  /** 作業類型 (draft only). */
  kind: v.optional(v.picklist(['answer', 'upload'])),
  /** 班級 (draft only). */
  classIds: v.optional(ClassIds),
  /** 截止時間. */
  deadline: v.optional(Instant),
  /** 提醒時間 (a new time reminds again). */
  remindAt: v.optional(Instant),
  /** 定時發送 (draft only). */
  scheduledAt: v.optional(Instant),
});
export type UpdateAssignmentBody = v.InferOutput<typeof UpdateAssignmentBody>;

/** GET /assignments: search by title, filters as on the 學生作業 screen. */
export const ListAssignmentsQuery = v.strictObject({
  ...PageQuery,
  /** 科目. */
  subjectId: v.optional(Id),
  /** 狀態: 草稿, 已發布, 反饋, 已完結. */
  status: v.optional(v.picklist(['draft', 'published', 'feedback', 'closed'])),
  /** 類型. */
  kind: v.optional(v.picklist(['answer', 'upload'])),
  /** 班級. */
  classId: v.optional(Id),
  /** `1`: only those the caller created. */
  mine: v.optional(v.picklist(['0', '1'])),
  /** `1`: only the caller's own and those of classes they teach (功課's default on the phone). */
  taught: v.optional(v.picklist(['0', '1'])),
  /** YYYY-MM-DD (Asia/Macau): those running that day — made by its end, deadline not before its start. */
  day: v.optional(v.pipe(v.string(), v.isoDate())),
});
export type ListAssignmentsQuery = v.InferOutput<typeof ListAssignmentsQuery>;

/** Submission states, as `hw_submissions.status`. */
export const submissionStatuses = ['not_started', 'saved', 'submitted', 'graded', 'correction'] as const;

/** GET /assignments/:id/submissions (答題詳情): search by the student's name. */
export const ListSubmissionsQuery = v.strictObject({
  ...PageQuery,
  /** 狀態 of the student's homework. */
  status: v.optional(v.picklist(submissionStatuses)),
  /** One class of the assignment. */
  classId: v.optional(Id),
});
export type ListSubmissionsQuery = v.InferOutput<typeof ListSubmissionsQuery>;
