import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Everyone who can sign in to a school: staff (teachers and school staff), parents and
 * students. Contacts (issue 3) hang departments, classes and children off these rows.
 */
export const members = sqliteTable(
  'members',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['staff', 'parent', 'student'] }).notNull(),
    name: text('name').notNull(),
    /** Job title (職務), staff only. */
    title: text('title').notNull().default(''),
    /** Area code without "+", e.g. "853". */
    areaCode: text('area_code').notNull().default('853'),
    phone: text('phone'),
    /** Optional back-office account name (sign-in by account or phone). */
    account: text('account'),
    passwordHash: text('password_hash'),
    status: text('status', { enum: ['active', 'disabled', 'removed'] }).notNull().default('active'),
    /** 教學人員 */
    isTeacher: integer('is_teacher', { mode: 'boolean' }).notNull().default(false),
    /** 學校職員 */
    isStaff: integer('is_staff', { mode: 'boolean' }).notNull().default(false),
    adminRole: text('admin_role', { enum: ['creator', 'super', 'scoped'] }),
    wecomUserId: text('wecom_user_id'),
    /** WeCom 家校 id of a parent or student (parent_userid / student_userid), used for school notifications and sign-in. */
    schoolUserId: text('school_user_id'),
    preferredLocale: text('preferred_locale', { enum: ['zh-Hant', 'en', 'pt'] }),
    /** Accepted the invitation (加入); null = not joined. */
    joinedAt: integer('joined_at', { mode: 'timestamp_ms' }),
    /** First sign-in (激活); null = not activated. */
    activatedAt: integer('activated_at', { mode: 'timestamp_ms' }),
    /** The last invitation sent (邀請/再次邀請). */
    invitedAt: integer('invited_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('members_phone_uq').on(t.areaCode, t.phone).where(sql`${t.phone} is not null and ${t.status} != 'removed'`),
    uniqueIndex('members_account_uq').on(t.account).where(sql`${t.account} is not null and ${t.status} != 'removed'`),
    uniqueIndex('members_wecom_uq').on(t.wecomUserId).where(sql`${t.wecomUserId} is not null`),
    uniqueIndex('members_school_user_uq').on(t.schoolUserId).where(sql`${t.schoolUserId} is not null`),
    index('members_kind_name_idx').on(t.kind, t.name),
  ],
);

/** The scope of a scoped admin (分級管理員): departments, classes and apps it manages. */
export const adminScopes = sqliteTable(
  'admin_scopes',
  {
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['department', 'class', 'app'] }).notNull(),
    ref: text('ref').notNull(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.kind, t.ref] })],
);
