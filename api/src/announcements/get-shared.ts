import { and, eq } from 'drizzle-orm';
import { announcements } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { notFound } from '../lib/errors';

/**
 * 可對外分享: the public page of a sent announcement shared by link — title, author, body,
 * no statistics. A token of a recalled or internal announcement finds nothing (404).
 */
export async function sharedAnnouncement(ctx: ServiceContext, token: string) {
  const row = await ctx.db
    .select()
    .from(announcements)
    .where(and(eq(announcements.shareToken, token), eq(announcements.status, 'sent'), eq(announcements.share, 'external')))
    .get();
  if (!row) throw notFound();
  return { title: row.title, author: row.author, summary: row.summary, body: row.body, sentAt: row.sentAt?.toISOString() ?? null };
}
