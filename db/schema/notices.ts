import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { members } from './members';

/** Text in the languages a notice may carry; zh-Hant is always there (SPEC §0). */
export type LocalizedText = { 'zh-Hant': string; en?: string; pt?: string };

/** A question of a notice's form (N-01; the question-bank types that make sense in a form, §3.7). */
export interface NoticeQuestion {
  /** Stable within the notice (`q1` …): answers are keyed by it, whatever language was shown. */
  id: string;
  type: 'single' | 'multiple' | 'short' | 'true_false' | 'file' | 'fill';
  required: boolean;
  text: LocalizedText;
  /** Choices of single / multiple choice questions, ids `o1` …. */
  options?: { id: string; text: LocalizedText }[];
  /** Number of blanks of a fill-in question. */
  blanks?: number;
  /** Most files a file-upload answer may hold. */
  maxFiles?: number;
}

/** An answer as stored: option id(s), text, true/false, file ids, or the blanks in order. */
export type NoticeAnswer = string | string[] | boolean;

/** Whom a notice was addressed to, as the sender chose (resolved to recipients when sent). */
export interface NoticeTargets {
  wholeSchool: boolean;
  classIds: string[];
  studentIds: string[];
}

/**
 * 家校通知 (SPEC §3.3): one row per notice. The zh-Hant version lives in `title`/`content`;
 * the Portuguese and English versions, when given, in `translations`. A scheduled notice has
 * no recipients until the job sends it.
 */
export const notices = sqliteTable(
  'notices',
  {
    id: text('id').primaryKey(),
    senderId: text('sender_id').notNull(),
    /** The sender's name when it was written (lists keep it after the member leaves). */
    senderName: text('sender_name').notNull(),
    title: text('title').notNull(),
    content: text('content').notNull(),
    translations: text('translations', { mode: 'json' }).$type<Partial<Record<'en' | 'pt', { title: string; content: string }>>>().notNull(),
    questions: text('questions', { mode: 'json' }).$type<NoticeQuestion[]>().notNull(),
    /** Lists filter on it (icons a / b of manual §3). */
    questionCount: integer('question_count').notNull().default(0),
    attachmentIds: text('attachment_ids', { mode: 'json' }).$type<string[]>().notNull(),
    targets: text('targets', { mode: 'json' }).$type<NoticeTargets>().notNull(),
    audience: text('audience', { enum: ['parents', 'students', 'both'] }).notNull(),
    requireConfirm: integer('require_confirm', { mode: 'boolean' }).notNull().default(false),
    /** Urgent notices ignore the school's quiet hours. */
    urgent: integer('urgent', { mode: 'boolean' }).notNull().default(false),
    autoCcSender: integer('auto_cc_sender', { mode: 'boolean' }).notNull().default(false),
    status: text('status', { enum: ['scheduled', 'sent', 'recalled'] }).notNull(),
    scheduledAt: integer('scheduled_at', { mode: 'timestamp_ms' }),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    /** 關閉通知 (N-07): no more confirming or answering. */
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
    recalledAt: integer('recalled_at', { mode: 'timestamp_ms' }),
    /** 再次提醒 (N-08) so far; the next reminder's dedupe key names number + 1. */
    remindCount: integer('remind_count').notNull().default(0),
    recipientCount: integer('recipient_count').notNull().default(0),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('notices_sender_idx').on(t.senderId, t.id), index('notices_due_idx').on(t.status, t.scheduledAt)],
);

/** 抄送 (N-01): staff who follow a notice; the sender too when auto-CC is on. */
export const noticeCc = sqliteTable(
  'notice_cc',
  {
    noticeId: text('notice_id')
      .notNull()
      .references(() => notices.id, { onDelete: 'cascade' }),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.noticeId, t.memberId] }), index('notice_cc_member_idx').on(t.memberId)],
);

/**
 * One row per recipient member per student (N-09): a parent of two children in the notice
 * has two rows, each read, confirmed and answered on its own. Student and class names are
 * kept as they were when it was sent.
 */
export const noticeRecipients = sqliteTable(
  'notice_recipients',
  {
    id: text('id').primaryKey(),
    noticeId: text('notice_id')
      .notNull()
      .references(() => notices.id, { onDelete: 'cascade' }),
    studentId: text('student_id').notNull(),
    studentName: text('student_name').notNull(),
    classId: text('class_id'),
    className: text('class_name').notNull().default(''),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['parent', 'student'] }).notNull(),
    relation: text('relation').notNull(),
    /** When the recipient's message is due (quiet hours may put it later than sentAt). */
    deliverAt: integer('deliver_at', { mode: 'timestamp_ms' }).notNull(),
    readAt: integer('read_at', { mode: 'timestamp_ms' }),
    confirmedAt: integer('confirmed_at', { mode: 'timestamp_ms' }),
    /** First answer; `answersUpdatedAt` the last change (answers are editable until closed). */
    answeredAt: integer('answered_at', { mode: 'timestamp_ms' }),
    answersUpdatedAt: integer('answers_updated_at', { mode: 'timestamp_ms' }),
    answers: text('answers', { mode: 'json' }).$type<Record<string, NoticeAnswer>>(),
    /** The language version the answers were given in (exports put them together anyway). */
    answerLocale: text('answer_locale', { enum: ['zh-Hant', 'en', 'pt'] }),
  },
  (t) => [
    uniqueIndex('notice_recipients_uq').on(t.noticeId, t.studentId, t.memberId),
    index('notice_recipients_member_idx').on(t.memberId, t.deliverAt),
    index('notice_recipients_class_idx').on(t.noticeId, t.classId),
  ],
);

/** 查看詳情 (N-03): each send of a notice, the first and every 再次提醒, with how many it reached. */
export const noticeSends = sqliteTable(
  'notice_sends',
  {
    id: text('id').primaryKey(),
    noticeId: text('notice_id')
      .notNull()
      .references(() => notices.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['send', 'remind'] }).notNull(),
    /** 0 for the send, 1, 2 … for reminders. */
    number: integer('number').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    /** Null when the job sent a scheduled notice. */
    byMemberId: text('by_member_id'),
    byName: text('by_name').notNull(),
    recipients: integer('recipients').notNull(),
    /** When its messages are due (quiet hours), null when at once. */
    deliverAfter: integer('deliver_after', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('notice_sends_uq').on(t.noticeId, t.kind, t.number)],
);
