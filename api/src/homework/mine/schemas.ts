import * as v from 'valibot';
import { PageQuery } from '../../lib/paging';

/** An id as the API hands them out. */
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(40));

/** `/mine/:assignmentId`. */
export const MineParam = v.object({ school: v.string(), assignmentId: Id });
/** `/mine/:assignmentId/files/:fileId`. */
export const MineFileParam = v.object({ school: v.string(), assignmentId: Id, fileId: Id });

/** GET /mine: the caller's (or their children's) homework, newest first. */
export const ListMineQuery = v.strictObject({
  ...PageQuery,
  /** One child (a parent); left out: every child. A student may leave it out. */
  studentId: v.optional(Id),
  /** The homework's state: 已發布, 反饋, 已完結. */
  status: v.optional(v.picklist(['published', 'feedback', 'closed'])),
});
export type ListMineQuery = v.InferOutput<typeof ListMineQuery>;

/** GET /mine/:assignmentId and its files: which child (a parent with several). */
export const MineQuery = v.strictObject({
  /** The child the homework is for. */
  studentId: v.optional(Id),
});

/** PUT /mine/:assignmentId: 保存 or 提交. */
export const SaveAnswersBody = v.strictObject({
  /** The child a parent answers for; a student leaves it out. */
  studentId: v.optional(Id),
  /** Answers by question id, each in its type's shape (question-types.ts `AnswerSchemas`); the whole set each time. */
  answers: v.pipe(
    // a list would pass as a record (and come out as {}): answers are keyed by question id
    v.custom<unknown>((a) => !Array.isArray(a), 'must be keyed by question id'),
    v.record(Id, v.unknown()),
    v.check((a) => Object.keys(a).length <= 500, 'too many answers'),
  ),
  /** 附件上傳: the uploaded files (ids from POST /files); required to submit such homework. */
  fileIds: v.optional(v.pipe(v.array(Id), v.maxLength(20)), []),
  /** true: 提交 (marked at once, HW-07); false: 保存 (kept as a draft attempt). */
  submit: v.boolean(),
});
export type SaveAnswersBody = v.InferOutput<typeof SaveAnswersBody>;
