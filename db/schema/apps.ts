import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { members } from './members';

/** Management groups (管理組): one scope shared by several scoped admins (ADM-01). */
export const adminGroups = sqliteTable('admin_groups', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

export const adminGroupScopes = sqliteTable(
  'admin_group_scopes',
  {
    groupId: text('group_id')
      .notNull()
      .references(() => adminGroups.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['department', 'class', 'app'] }).notNull(),
    ref: text('ref').notNull(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.kind, t.ref] })],
);

export const adminGroupMembers = sqliteTable(
  'admin_group_members',
  {
    groupId: text('group_id')
      .notNull()
      .references(() => adminGroups.id, { onDelete: 'cascade' }),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.memberId] }), index('admin_group_members_member_idx').on(t.memberId)],
);

/** Apps a school enabled (APP-01), with whether parents and students may use them. */
export const apps = sqliteTable('apps', {
  key: text('key').primaryKey(),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  parentsAllowed: integer('parents_allowed', { mode: 'boolean' }).notNull().default(false),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

/** An app's visible range: departments, members or tags; none means every staff member. */
export const appVisibility = sqliteTable(
  'app_visibility',
  {
    appKey: text('app_key')
      .notNull()
      .references(() => apps.key, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['department', 'member', 'tag'] }).notNull(),
    ref: text('ref').notNull(),
  },
  (t) => [primaryKey({ columns: [t.appKey, t.kind, t.ref] })],
);

/** Workbench groups (APP-02), e.g. 智慧校園 / Macao Smart Campus, with ordered apps. */
export const workbenchGroups = sqliteTable('workbench_groups', {
  id: text('id').primaryKey(),
  /** The zh-Hant name; the phone shows the viewer's language when it is given. */
  name: text('name').notNull(),
  translations: text('translations', { mode: 'json' }).$type<{ en?: string; pt?: string }>().notNull().default({}),
  sortOrder: integer('sort_order').notNull().default(0),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

export const workbenchItems = sqliteTable(
  'workbench_items',
  {
    groupId: text('group_id')
      .notNull()
      .references(() => workbenchGroups.id, { onDelete: 'cascade' }),
    appKey: text('app_key')
      .notNull()
      .references(() => apps.key, { onDelete: 'cascade' }),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.appKey] })],
);

/** APP-03 desktop sign-in by QR: the desktop shows a token, a signed-in phone confirms it. */
export const qrLogins = sqliteTable('qr_logins', {
  idHash: text('id_hash').primaryKey(),
  status: text('status', { enum: ['pending', 'confirmed', 'used'] }).notNull().default('pending'),
  memberId: text('member_id').references(() => members.id, { onDelete: 'cascade' }),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
});
