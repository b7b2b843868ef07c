import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { students } from './contacts';
import { members } from './members';

/** Which QR code a subscription started from (manual §1): 管理員, 教職員, 家長/學生. */
export type SubscriptionKind = 'admin' | 'staff' | 'family';
/** 身份: 教學人員 / 學校職員 on the staff codes, 家長 / 學生 on the family code. */
export type SubscriptionIdentity = 'teacher' | 'staff' | 'parent' | 'student';
/** An education ID (`1234567-8`) or a temporary number (`XX12345`, ID-01). */
export type CardType = 'education_id' | 'temp_number';

/** What a subscription draft has gathered so far; each step adds to it after validating. */
export interface DraftData {
  identity: SubscriptionIdentity;
  areaCode?: string;
  phone?: string;
  /** A parent of the school signed in on this phone: the staff subscription turns that member into staff. */
  existingMemberId?: string | null;
  name?: string;
  departmentIds?: string[];
  teaching?: { classId: string; subjectId: string }[];
  /** Family: the child and how the subscriber is related to them (本人 for the student). */
  studentName?: string;
  classId?: string;
  relation?: string;
}

/**
 * The mobile subscription flow (SUB-01..07) as a short-lived server-side draft: each step is
 * validated and kept here, and nothing becomes a member until the last step succeeds. The
 * browser holds the random token; only its SHA-256 is stored.
 */
export const subscriptionDrafts = sqliteTable(
  'subscription_drafts',
  {
    tokenHash: text('token_hash').primaryKey(),
    kind: text('kind', { enum: ['admin', 'staff', 'family'] }).notNull(),
    step: text('step', { enum: ['phone', 'code', 'profile', 'card', 'pending', 'done'] }).notNull(),
    data: text('data', { mode: 'json' }).$type<DraftData>().notNull(),
    /** The member the subscription made (or reused), once done: further cards and children attach to it. */
    memberId: text('member_id').references(() => members.id, { onDelete: 'cascade' }),
    /** The admin request made by an admin subscription (SUB-01). */
    requestId: text('request_id'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('subscription_drafts_expires_idx').on(t.expiresAt)],
);

/**
 * 查看已訂閱教育證: every card a member subscribed with — a teacher card and a staff card for a
 * staff member with both identities (SUB-03), one card per child for a parent (SUB-04).
 */
export const subscriptions = sqliteTable(
  'subscriptions',
  {
    id: text('id').primaryKey(),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    identity: text('identity', { enum: ['teacher', 'staff', 'parent', 'student'] }).notNull(),
    cardType: text('card_type', { enum: ['education_id', 'temp_number'] }).notNull(),
    /** Canonical: `1234567-8` or `XX12345`. */
    cardNumber: text('card_number').notNull(),
    /** The child (parent, student identities). */
    studentId: text('student_id').references(() => students.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('subscriptions_member_card_uq').on(t.memberId, t.cardNumber),
    // a staff card belongs to one member of the school
    uniqueIndex('subscriptions_staff_card_uq').on(t.cardNumber).where(sql`${t.identity} in ('teacher', 'staff')`),
    index('subscriptions_student_idx').on(t.studentId),
  ],
);

/** SUB-01: an admin's subscription waits here until an existing admin agrees (同意) or refuses (拒絕). */
export const adminRequests = sqliteTable(
  'admin_requests',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    areaCode: text('area_code').notNull(),
    phone: text('phone').notNull(),
    identity: text('identity', { enum: ['teacher', 'staff'] }).notNull(),
    cardType: text('card_type', { enum: ['education_id', 'temp_number'] }).notNull(),
    cardNumber: text('card_number').notNull(),
    departmentIds: text('department_ids', { mode: 'json' }).$type<string[]>().notNull(),
    teaching: text('teaching', { mode: 'json' }).$type<{ classId: string; subjectId: string }[]>().notNull(),
    /** A parent of the school who applied from their signed-in phone; approval makes them staff. */
    existingMemberId: text('existing_member_id'),
    status: text('status', { enum: ['pending', 'approved', 'rejected'] }).notNull().default('pending'),
    reason: text('reason').notNull().default(''),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
    decidedById: text('decided_by_id'),
    decidedByName: text('decided_by_name'),
    /** The member approval added. */
    memberId: text('member_id'),
  },
  (t) => [
    uniqueIndex('admin_requests_pending_phone_uq').on(t.areaCode, t.phone).where(sql`${t.status} = 'pending'`),
    index('admin_requests_status_idx').on(t.status, t.createdAt),
  ],
);

/**
 * Failed birth dates per card: a birth date is a weak secret, so a card is locked after a few
 * failures within an hour and the school's admins are told (once per lock).
 */
export const cardCheckFailures = sqliteTable(
  'card_check_failures',
  {
    id: text('id').primaryKey(),
    cardNumber: text('card_number').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    ip: text('ip'),
  },
  (t) => [index('card_check_failures_card_idx').on(t.cardNumber, t.at)],
);
