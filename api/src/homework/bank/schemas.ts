import * as v from 'valibot';
import { questionTypes } from '../../../../db/schema/homework';
import { PageQuery } from '../../lib/paging';

/** An id as the API hands them out. */
export const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(40));
/** 題目: plain text, line breaks kept. */
const QuestionText = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(2000));
/** Per-type JSON; its shape is checked against QuestionContent (question-types.ts) by the service. */
const Json = v.record(v.string(), v.unknown());
const AttachmentIds = v.pipe(v.array(Id), v.maxLength(10));

/** HW-01 添加題目 (保存草稿 or 發佈). */
export const CreateQuestionBody = v.strictObject({
  /** An enabled subject (TT-07). */
  subjectId: Id,
  /** The question as shown. */
  text: QuestionText,
  /** One of the eight types of HW-01. */
  type: v.picklist(questionTypes),
  /** What the student sees besides the text (options, items, pairs, blanks), per type. */
  body: Json,
  /** The answer key, per type; never shown to students. */
  answerKey: Json,
  /** Files (ids from POST /files) the caller uploaded. */
  attachmentIds: v.optional(AttachmentIds, []),
  /** true: 發佈 at once (then it never changes); false: 保存草稿. */
  publish: v.optional(v.boolean(), false),
});
export type CreateQuestionInput = v.InferOutput<typeof CreateQuestionBody>;

/** HW-02 edits a draft: the fields given replace the stored ones; type, body and key are checked together. */
export const UpdateQuestionBody = v.strictObject({
  /** An enabled subject (TT-07). */
  subjectId: v.optional(Id),
  /** The question as shown. */
  text: v.optional(QuestionText),
  /** One of the eight types of HW-01 (a new type needs a body and key that fit it). */
  type: v.optional(v.picklist(questionTypes)),
  /** What the student sees besides the text, per type. */
  body: v.optional(Json),
  /** The answer key, per type. */
  answerKey: v.optional(Json),
  /** The attachments, all of them (ids from POST /files). */
  attachmentIds: v.optional(AttachmentIds),
  /** true: publish once saved. */
  publish: v.optional(v.boolean(), false),
});
export type UpdateQuestionInput = v.InferOutput<typeof UpdateQuestionBody>;

/** 題庫 list. */
export const ListQuestionsQuery = v.strictObject({
  ...PageQuery,
  /** Only this subject. */
  subjectId: v.optional(Id),
  /** Only this type. */
  type: v.optional(v.picklist(questionTypes)),
  /** 草稿 draft or 發布 published. */
  status: v.optional(v.picklist(['draft', 'published'])),
  /** Only questions of this creator. */
  creatorId: v.optional(Id),
  /** 1: only my own questions. */
  mine: v.optional(v.picklist(['0', '1'])),
});
export type ListQuestionsInput = v.InferOutput<typeof ListQuestionsQuery>;

export const QuestionParam = v.object({ school: v.string(), id: Id });
export const QuestionFileParam = v.object({ school: v.string(), id: Id, fileId: Id });
