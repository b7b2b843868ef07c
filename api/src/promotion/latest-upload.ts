import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { b01Updates, b01Uploads } from '../../../db/schema';
import { ApiError } from '../lib/errors';

export type Upload = typeof b01Uploads.$inferSelect;

/**
 * The current JSON: the newest upload, or 409 b01_no_upload. Ties in time go to the row
 * inserted last (ids made in one millisecond do not sort by creation; rowid does).
 */
export async function latestUpload(db: SchoolDbOrTx): Promise<Upload> {
  const upload = await db.select().from(b01Uploads).orderBy(desc(b01Uploads.at), sql`${b01Uploads}.rowid desc`).limit(1).get();
  if (!upload) throw new ApiError('b01_no_upload');
  return upload;
}

/**
 * The current JSON when it is the one the caller names: 409 b01_stale when a newer upload came
 * since, 404 naming `uploadId` when there is no such upload.
 */
export async function requireCurrentUpload(db: SchoolDbOrTx, uploadId: string): Promise<Upload> {
  const upload = await latestUpload(db);
  if (upload.id === uploadId) return upload;
  const known = await db.select({ id: b01Uploads.id }).from(b01Uploads).where(eq(b01Uploads.id, uploadId)).get();
  throw known ? new ApiError('b01_stale', { field: 'uploadId' }) : new ApiError('not_found', { field: 'uploadId' });
}

/** The apply of an upload that still stands (not undone), if any. */
export async function standingApply(db: SchoolDbOrTx, uploadId: string) {
  return db
    .select()
    .from(b01Updates)
    .where(and(eq(b01Updates.kind, 'apply'), eq(b01Updates.uploadId, uploadId), isNull(b01Updates.undoneAt)))
    .get();
}
