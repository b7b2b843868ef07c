import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The registry of schools (校部). Each has its own database, found through `dbUrl`. */
export const schools = sqliteTable('schools', {
  id: text('id').primaryKey(),
  /** e.g. `B-888`; also the path segment of the school's API and site. */
  code: text('code').notNull().unique(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull().default(''),
  namePt: text('name_pt').notNull().default(''),
  wecomCorpId: text('wecom_corp_id'),
  /** `file:…` locally; `libsql://….turso.io` at the edge. */
  dbUrl: text('db_url').notNull(),
  /** Name of the secret holding the database token (never the token itself). */
  dbTokenSecret: text('db_token_secret'),
  status: text('status', { enum: ['active', 'suspended', 'dissolved'] }).notNull().default('active'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

/** Platform operators (education bureau / support staff). */
export const operators = sqliteTable('operators', {
  id: text('id').primaryKey(),
  account: text('account').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  status: text('status', { enum: ['active', 'disabled'] }).notNull().default('active'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

export const operatorSessions = sqliteTable(
  'operator_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    operatorId: text('operator_id')
      .notNull()
      .references(() => operators.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('operator_sessions_operator_idx').on(t.operatorId)],
);

/** Rate-limit counters for requests that have no school (operator sign-in). */
export const controlRateLimits = sqliteTable(
  'rate_limits',
  {
    key: text('key').notNull(),
    windowStart: integer('window_start').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

/** Operator actions (provisioning, status changes). */
export const controlAudit = sqliteTable('audit_log', {
  id: text('id').primaryKey(),
  at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  operatorId: text('operator_id'),
  action: text('action').notNull(),
  targetType: text('target_type').notNull(),
  targetId: text('target_id'),
  before: text('before', { mode: 'json' }),
  after: text('after', { mode: 'json' }),
});
