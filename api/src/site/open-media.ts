import type { ServiceContext } from '../lib/context';
import { notFound } from '../lib/errors';
import { findSiteMedia } from './find-media';

/** The bytes of a micro-site image the caller may see (find-media.ts decides which). */
export async function openSiteMedia(ctx: ServiceContext, fileId: string) {
  const found = await findSiteMedia(ctx, fileId);
  const stored = await ctx.platform.files.get(found.file.storageKey);
  if (!stored) throw notFound();
  return { contentType: found.file.contentType, size: stored.size, body: stored.body, public: found.public };
}
