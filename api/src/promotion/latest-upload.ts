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

/** The apply of an upload that still stands (not undone), if any. */
export async function standingApply(db: SchoolDbOrTx, uploadId: string) {
  return db
    .select()
    .from(b01Updates)
    .where(and(eq(b01Updates.kind, 'apply'), eq(b01Updates.uploadId, uploadId), isNull(b01Updates.undoneAt)))
    .get();
}
