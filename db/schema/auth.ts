import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { members } from './members';

/** Sessions: the cookie holds a random token; only its SHA-256 is stored. */
export const sessions = sqliteTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    surface: text('surface', { enum: ['back-office', 'mobile'] }).notNull(),
    /** Set while a back-office sign-in waits for its SMS second factor (ADM-04). */
    pendingSecondFactor: integer('pending_second_factor', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    userAgent: text('user_agent'),
    ip: text('ip'),
  },
  (t) => [index('sessions_member_idx').on(t.memberId)],
);

/** One-time SMS codes (mobile sign-in, second factor, later subscription). */
export const smsCodes = sqliteTable(
  'sms_codes',
  {
    id: text('id').primaryKey(),
    purpose: text('purpose', { enum: ['sign-in', 'second-factor', 'subscription'] }).notNull(),
    areaCode: text('area_code').notNull(),
    phone: text('phone').notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    consumedAt: integer('consumed_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('sms_codes_phone_idx').on(t.areaCode, t.phone, t.purpose)],
);

/** Fixed-window counters for rate limits (sign-in, code requests). */
export const rateLimits = sqliteTable(
  'rate_limits',
  {
    key: text('key').notNull(),
    windowStart: integer('window_start').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);
