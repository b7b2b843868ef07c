import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { members } from './members';

/** Uploaded files; the bytes live in R2 (or the local directory) under a server-made key. */
export const files = sqliteTable(
  'files',
  {
    id: text('id').primaryKey(),
    storageKey: text('storage_key').notNull().unique(),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    ownerId: text('owner_id').references(() => members.id, { onDelete: 'set null' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('files_owner_idx').on(t.ownerId)],
);
