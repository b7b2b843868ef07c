import { eq } from 'drizzle-orm';
import { siteShowcases } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { forbidden, notFound } from '../lib/errors';
import type { ShowcaseInput } from './create-showcase';
import { canManageSite } from './policy';
import { presentShowcase } from './presenter';
import { siteChanged } from './site-changed';
import { checkImageFiles } from './site-files';

/** WEB-01 編輯 / 上架 / 下架: changes what is given; the site rebuilds when a listed one changed. */
export async function updateShowcase(ctx: ServiceContext, id: string, input: Partial<ShowcaseInput>) {
  if (!canManageSite(ctx.actor)) throw forbidden();
  const now = ctx.clock.now();
  const { before, after } = await ctx.db.transaction(async (tx) => {
    const before = await tx.select().from(siteShowcases).where(eq(siteShowcases.id, id)).get();
    if (!before) throw notFound();
    if (input.imageFileId && input.imageFileId !== before.imageFileId) {
      await checkImageFiles(tx, ctx, [input.imageFileId], new Set(), 'imageFileId');
    }
    const after = { ...before, ...input, updatedAt: now };
    await tx.update(siteShowcases).set({ ...input, updatedAt: now }).where(eq(siteShowcases.id, id));
    const listing = input.listed !== undefined && input.listed !== before.listed;
    await writeAudit(tx, ctx, {
      action: listing ? (after.listed ? 'site-showcase.list' : 'site-showcase.unlist') : 'site-showcase.update',
      targetType: 'site-showcase',
      targetId: id,
      before: pick(before),
      after: pick(after),
    });
    return { before, after };
  });
  if (before.listed || after.listed) siteChanged(ctx);
  return presentShowcase(ctx, after);
}

const pick = (s: typeof siteShowcases.$inferSelect) => ({ name: s.name, link: s.link, imageFileId: s.imageFileId, listed: s.listed });
