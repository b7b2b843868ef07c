import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { members } from './members';

/**
 * The outbox and the in-app message list (消息提醒) in one table: every message a feature
 * sends is one row per recipient, written in the transaction of the change that caused it.
 * `dedupeKey` names the occurrence (e.g. `notice:<id>:remind:2`), so the same message to the
 * same person for the same occurrence can exist only once.
 */
export const messages = sqliteTable(
  'messages',
  {
    id: text('id').primaryKey(),
    dedupeKey: text('dedupe_key').notNull(),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    /** The module that sent it: notices, homework, attendance … */
    source: text('source').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    /** What the message opens, e.g. `{ type: 'notice', id }`. */
    refType: text('ref_type'),
    refId: text('ref_id'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    /** Not shown nor delivered before this moment (scheduled sends, quiet hours). */
    deliverAfter: integer('deliver_after', { mode: 'timestamp_ms' }).notNull(),
    readAt: integer('read_at', { mode: 'timestamp_ms' }),
    /** Withdrawn (a recalled notice or announcement): kept, but out of every list, count and delivery. */
    hiddenAt: integer('hidden_at', { mode: 'timestamp_ms' }),
    /** External delivery (WeCom / WeChat); `none` when only the in-app list carries it. */
    channel: text('channel', { enum: ['none', 'wecom', 'wechat', 'sms'] }).notNull().default('none'),
    status: text('status', { enum: ['pending', 'sending', 'sent', 'failed', 'skipped'] }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    /** A claimed row whose lease ran out (the sender crashed) is claimed again. */
    leaseUntil: integer('lease_until', { mode: 'timestamp_ms' }),
    lastError: text('last_error'),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('messages_dedupe_uq').on(t.memberId, t.dedupeKey),
    index('messages_member_idx').on(t.memberId, t.deliverAfter),
    index('messages_due_idx').on(t.status, t.nextAttemptAt).where(sql`${t.status} in ('pending', 'sending')`),
  ],
);
