import { eq } from 'drizzle-orm';
import { memberTags, tags } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden } from '../lib/errors';
import { canManageTags } from './policy';
import { isBuiltIn, loadTag } from './tag-rows';
import { dropFromRanges, soleUses, tagUses } from './tag-uses';

/**
 * 刪除標籤 (creator, super admins), in one transaction: its memberships go, and the visible
 * ranges of apps and the send ranges of unsent announcements that named it lose it. Refused
 * (409, nothing changed) for the built-in 管理員, and when the tag is all a range names: an
 * empty visible range opens the app to every staff member, an empty scheduled send reaches
 * no one; the admin changes those ranges first.
 */
export async function deleteTag(ctx: ServiceContext, id: string): Promise<void> {
  if (!canManageTags(ctx.actor)) throw forbidden();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const tag = await loadTag(tx, id);
    if (isBuiltIn(tag)) throw new ApiError('tag_builtin');
    const uses = await tagUses(tx, id, ctx.locale);
    const sole = soleUses(uses, ctx.locale);
    if (sole) {
      throw new ApiError('tag_sole_range', {
        params: { name: tag.name, uses: sole },
        details: { apps: uses.apps.filter((a) => a.only).map((a) => a.key), announcements: uses.announcements.filter((a) => a.only && a.status === 'scheduled').map((a) => a.id) },
      });
    }
    const holders = (await tx.select({ id: memberTags.memberId }).from(memberTags).where(eq(memberTags.tagId, id)).all()).map((r) => r.id);
    await dropFromRanges(tx, id, uses, now);
    await tx.delete(memberTags).where(eq(memberTags.tagId, id));
    await tx.delete(tags).where(eq(tags.id, id));
    await writeAudit(tx, ctx, {
      action: 'tag.delete',
      targetType: 'tag',
      targetId: id,
      before: { name: tag.name, memberIds: holders, apps: uses.apps.map((a) => a.key), announcements: uses.announcements.map((a) => a.id) },
    });
  });
}
