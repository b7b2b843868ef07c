import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { classes, students, subjects } from './contacts';

/**
 * 功課 (SPEC §3.7): the question bank, homework definitions, student homework and the
 * students' attempts. The back-office 學生作業 and the mobile 功課 app read the same rows
 * (HW-12). The shapes of the JSON columns are defined in api/src/homework/question-types.ts.
 */

/** The eight question types of HW-01. */
export const questionTypes = ['single', 'multiple', 'ordering', 'short', 'true_false', 'file', 'matching', 'fill'] as const;
export type QuestionType = (typeof questionTypes)[number];

/** 題庫: one question. Published questions never change (HW-02). */
export const hwQuestions = sqliteTable(
  'hw_questions',
  {
    id: text('id').primaryKey(),
    subjectId: text('subject_id')
      .notNull()
      .references(() => subjects.id, { onDelete: 'restrict' }),
    type: text('type', { enum: questionTypes }).notNull(),
    /** The question as shown (plain text; line breaks kept). */
    text: text('text').notNull(),
    /** What the student sees besides the text: options, items, pairs, blanks (per type). */
    body: text('body', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /** The answer key (per type); never shown to students. */
    answerKey: text('answer_key', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    attachmentIds: text('attachment_ids', { mode: 'json' }).$type<string[]>().notNull(),
    status: text('status', { enum: ['draft', 'published'] }).notNull().default('draft'),
    creatorId: text('creator_id').notNull(),
    creatorName: text('creator_name').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('hw_questions_subject_idx').on(t.subjectId, t.status, t.type),
    index('hw_questions_creator_idx').on(t.creatorId, t.createdAt),
    index('hw_questions_created_idx').on(t.createdAt),
  ],
);

/** 作業定義: a reusable homework, drafted then completed (HW-03, HW-04). */
export const hwDefinitions = sqliteTable(
  'hw_definitions',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    subjectId: text('subject_id')
      .notNull()
      .references(() => subjects.id, { onDelete: 'restrict' }),
    scored: integer('scored', { mode: 'boolean' }).notNull(),
    status: text('status', { enum: ['draft', 'completed'] }).notNull().default('draft'),
    /** The sum of the question scores, set by 完成 when scored. */
    totalScore: real('total_score'),
    creatorId: text('creator_id').notNull(),
    creatorName: text('creator_name').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    completedAt: integer('completed_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('hw_definitions_subject_idx').on(t.subjectId, t.status), index('hw_definitions_created_idx').on(t.createdAt)],
);

/** 章節: the section tree of a definition (a section may hold sub-sections). */
export const hwSections = sqliteTable(
  'hw_sections',
  {
    id: text('id').primaryKey(),
    definitionId: text('definition_id')
      .notNull()
      .references(() => hwDefinitions.id, { onDelete: 'cascade' }),
    /** The parent section; null at the top level. Deleting a section deletes its subtree. */
    parentId: text('parent_id'),
    title: text('title').notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [index('hw_sections_definition_idx').on(t.definitionId, t.sortOrder)],
);

/** A question placed in a section of a definition, with its score. */
export const hwDefinitionItems = sqliteTable(
  'hw_definition_items',
  {
    id: text('id').primaryKey(),
    definitionId: text('definition_id')
      .notNull()
      .references(() => hwDefinitions.id, { onDelete: 'cascade' }),
    sectionId: text('section_id')
      .notNull()
      .references(() => hwSections.id, { onDelete: 'cascade' }),
    /** A question used by a definition cannot be deleted from the bank. */
    questionId: text('question_id')
      .notNull()
      .references(() => hwQuestions.id, { onDelete: 'restrict' }),
    score: real('score'),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [
    uniqueIndex('hw_definition_items_uq').on(t.definitionId, t.questionId),
    index('hw_definition_items_section_idx').on(t.sectionId, t.sortOrder),
    index('hw_definition_items_question_idx').on(t.questionId),
  ],
);

/** States of HW-06: 草稿 → 已發布 → 反饋 → 已完結. */
export const assignmentStatuses = ['draft', 'published', 'feedback', 'closed'] as const;

/** 學生作業: a completed definition assigned to one or more classes (HW-05). */
export const hwAssignments = sqliteTable(
  'hw_assignments',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    subjectId: text('subject_id')
      .notNull()
      .references(() => subjects.id, { onDelete: 'restrict' }),
    /** Completed definitions never change, so the assignment reads its questions from it. */
    definitionId: text('definition_id')
      .notNull()
      .references(() => hwDefinitions.id, { onDelete: 'restrict' }),
    /** 介面答題 (answer in the page) or 附件上傳 (upload files). */
    kind: text('kind', { enum: ['answer', 'upload'] }).notNull(),
    scored: integer('scored', { mode: 'boolean' }).notNull(),
    totalScore: real('total_score'),
    status: text('status', { enum: assignmentStatuses }).notNull().default('draft'),
    deadline: integer('deadline', { mode: 'timestamp_ms' }),
    remindAt: integer('remind_at', { mode: 'timestamp_ms' }),
    /** Set by the reminder job when it has run for this assignment's remindAt. */
    remindedAt: integer('reminded_at', { mode: 'timestamp_ms' }),
    /** 定時發送: honoured only while the assignment is a draft. */
    scheduledAt: integer('scheduled_at', { mode: 'timestamp_ms' }),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    scoresPublishedAt: integer('scores_published_at', { mode: 'timestamp_ms' }),
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
    creatorId: text('creator_id').notNull(),
    creatorName: text('creator_name').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('hw_assignments_creator_idx').on(t.creatorId, t.createdAt),
    index('hw_assignments_status_idx').on(t.status, t.createdAt),
    index('hw_assignments_scheduled_idx').on(t.scheduledAt).where(sql`${t.status} = 'draft' and ${t.scheduledAt} is not null`),
    index('hw_assignments_remind_idx').on(t.remindAt).where(sql`${t.remindedAt} is null and ${t.remindAt} is not null`),
  ],
);

/** The classes an assignment was given to. */
export const hwAssignmentClasses = sqliteTable(
  'hw_assignment_classes',
  {
    assignmentId: text('assignment_id')
      .notNull()
      .references(() => hwAssignments.id, { onDelete: 'cascade' }),
    classId: text('class_id')
      .notNull()
      .references(() => classes.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.assignmentId, t.classId] }), index('hw_assignment_classes_class_idx').on(t.classId)],
);

/**
 * One student's homework within an assignment, created for every active student of its
 * classes when it is published. `status`: 未開始 not_started, 已保存 saved, 已提交 submitted,
 * 已批改 graded (完結), 需訂正 correction (returned; the next attempt is a correction).
 */
export const hwSubmissions = sqliteTable(
  'hw_submissions',
  {
    id: text('id').primaryKey(),
    assignmentId: text('assignment_id')
      .notNull()
      .references(() => hwAssignments.id, { onDelete: 'cascade' }),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'cascade' }),
    /** The class the student was in when it was assigned (lists and exports group by it). */
    classId: text('class_id').notNull(),
    status: text('status', { enum: ['not_started', 'saved', 'submitted', 'graded', 'correction'] })
      .notNull()
      .default('not_started'),
    /** The score of the latest graded (or auto-marked) attempt. */
    score: real('score'),
    remark: text('remark').notNull().default(''),
    /** The teacher's verdict on the latest attempt: 完結 done or 需訂正 correction. */
    verdict: text('verdict', { enum: ['done', 'correction'] }),
    attemptCount: integer('attempt_count').notNull().default(0),
    /** The student was last told about this grading (HW-08); grades before it are visible. */
    notifiedAt: integer('notified_at', { mode: 'timestamp_ms' }),
    gradedAt: integer('graded_at', { mode: 'timestamp_ms' }),
    graderId: text('grader_id'),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('hw_submissions_uq').on(t.assignmentId, t.studentId),
    index('hw_submissions_assignment_idx').on(t.assignmentId, t.classId, t.status),
    index('hw_submissions_student_idx').on(t.studentId, t.updatedAt),
  ],
);

/** Per-question marks of an attempt: auto-marked (objective) or given by the teacher. */
export type QuestionMarks = Record<string, { score: number | null; auto: boolean; correct?: boolean | null; remark?: string }>;

/** 第N次作答: every attempt is kept (HW-09). */
export const hwAttempts = sqliteTable(
  'hw_attempts',
  {
    id: text('id').primaryKey(),
    submissionId: text('submission_id')
      .notNull()
      .references(() => hwSubmissions.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    /** The answers keyed by question id (shapes in question-types.ts); upload files for 附件上傳. */
    answers: text('answers', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    fileIds: text('file_ids', { mode: 'json' }).$type<string[]>().notNull(),
    status: text('status', { enum: ['saved', 'submitted'] }).notNull(),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
    /** Submitted after the deadline. */
    late: integer('late', { mode: 'boolean' }).notNull().default(false),
    marks: text('marks', { mode: 'json' }).$type<QuestionMarks>().notNull(),
    /** Sum of the marks once every question has one; null while some need hand grading. */
    score: real('score'),
    /** Who answered: the student's own member or a guardian acting for them. */
    byMemberId: text('by_member_id'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('hw_attempts_uq').on(t.submissionId, t.number)],
);
