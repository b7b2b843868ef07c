import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** who did what, when, with the record before and after. Never updated. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: text('id').primaryKey(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    ip: text('ip'),
  },
  (t) => [index('audit_at_idx').on(t.at), index('audit_target_idx').on(t.targetType, t.targetId)],
);
