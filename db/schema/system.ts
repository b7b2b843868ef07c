import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Per-school settings, one JSON value per key (security, quiet hours, channels …). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

/**
 * Job bookkeeping per school: `lastRunAt` is the end of the last window a job finished, so a
 * run after downtime catches up from there; `lockedUntil` keeps two runs from overlapping.
 */
export const jobRuns = sqliteTable(
  'job_runs',
  {
    jobId: text('job_id').notNull(),
    lastRunAt: integer('last_run_at', { mode: 'timestamp_ms' }),
    lockedUntil: integer('locked_until', { mode: 'timestamp_ms' }),
    lockOwner: text('lock_owner'),
  },
  (t) => [primaryKey({ columns: [t.jobId] })],
);
