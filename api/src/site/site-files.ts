import { inArray } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { files } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';

/**
 * Checks the files a showcase or an article is about to show publicly: each must exist, be an
 * image (the upload sniffed it from its bytes: png, jpeg, gif or webp), and be the caller's own
 * upload or one the record already shows. So nobody can publish a file someone else uploaded
 * elsewhere (a notice attachment, a drive file) by naming its id. Unknown or foreign files are
 * `unknown_ref` (what the caller may not see does not exist); non-images `site_not_image`.
 */
export async function checkImageFiles(
  tx: SchoolDbOrTx,
  ctx: ServiceContext,
  fileIds: string[],
  alreadyShown: ReadonlySet<string>,
  field: string,
): Promise<void> {
  if (fileIds.length === 0) return;
  const rows = await tx.select({ id: files.id, ownerId: files.ownerId, contentType: files.contentType }).from(files).where(inArray(files.id, fileIds)).all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const id of fileIds) {
    const row = byId.get(id);
    const mine = row && (alreadyShown.has(id) || (ctx.actor !== null && row.ownerId === ctx.actor.memberId));
    if (!row || !mine) throw new ApiError('unknown_ref', { field, params: { field, ref: id } });
    if (!row.contentType.startsWith('image/')) throw new ApiError('site_not_image', { field, params: { field } });
  }
}
