import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { members } from './members';

/** 發送範圍 (ANN-01): departments (with their sub-departments), members and tags. */
export interface AnnouncementRange {
  departmentIds: string[];
  memberIds: string[];
  tagIds: string[];
}

/**
 * 企業通知公告 (SPEC §3.16): an announcement to staff. Drafts and scheduled ones are edited
 * in place; a sent one only ever changes by recall.
 */
export const announcements = sqliteTable(
  'announcements',
  {
    id: text('id').primaryKey(),
    /** The member who wrote it (previews go to them). */
    createdBy: text('created_by').notNull(),
    /** 作者: the byline, free text. */
    author: text('author').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** 摘要: given, or the start of the body. */
    summary: text('summary').notNull(),
    coverFileId: text('cover_file_id'),
    attachmentIds: text('attachment_ids', { mode: 'json' }).$type<string[]>().notNull(),
    /** 分享設置: 僅限在企業內分享 / 可對外分享 / 不能分享且顯示水印. */
    share: text('share', { enum: ['internal', 'external', 'none'] }).notNull(),
    /** The public link of an externally shareable announcement. */
    shareToken: text('share_token'),
    range: text('range', { mode: 'json' }).$type<AnnouncementRange>().notNull(),
    status: text('status', { enum: ['draft', 'scheduled', 'sent', 'recalled'] }).notNull(),
    scheduledAt: integer('scheduled_at', { mode: 'timestamp_ms' }),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    recalledAt: integer('recalled_at', { mode: 'timestamp_ms' }),
    /** 預覽 so far; each preview is its own message to the author. */
    previewCount: integer('preview_count').notNull().default(0),
    recipientCount: integer('recipient_count').notNull().default(0),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('announcements_due_idx').on(t.status, t.scheduledAt), uniqueIndex('announcements_share_uq').on(t.shareToken)],
);

/** ANN-02: one row per member an announcement was sent to: delivered, read (how often), liked. */
export const announcementRecipients = sqliteTable(
  'announcement_recipients',
  {
    announcementId: text('announcement_id')
      .notNull()
      .references(() => announcements.id, { onDelete: 'cascade' }),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    deliverAt: integer('deliver_at', { mode: 'timestamp_ms' }).notNull(),
    readAt: integer('read_at', { mode: 'timestamp_ms' }),
    readCount: integer('read_count').notNull().default(0),
    likedAt: integer('liked_at', { mode: 'timestamp_ms' }),
  },
  (t) => [primaryKey({ columns: [t.announcementId, t.memberId] }), index('announcement_recipients_member_idx').on(t.memberId)],
);
