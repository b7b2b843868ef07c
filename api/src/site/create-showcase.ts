import { max } from 'drizzle-orm';
import { siteShowcases } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { newId } from '../lib/ids';
import { canManageSite } from './policy';
import { presentShowcase } from './presenter';
import { siteChanged } from './site-changed';
import { checkImageFiles } from './site-files';

export interface ShowcaseInput {
  name: string;
  link: string | null;
  imageFileId: string | null;
  listed: boolean;
}

/** WEB-01 添加櫥窗: a new showcase goes last; listed (上架) only when asked. */
export async function createShowcase(ctx: ServiceContext, input: ShowcaseInput) {
  if (!canManageSite(ctx.actor)) throw forbidden();
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    if (input.imageFileId) await checkImageFiles(tx, ctx, [input.imageFileId], new Set(), 'imageFileId');
    const last = await tx.select({ n: max(siteShowcases.sortOrder) }).from(siteShowcases).get();
    const row = { id: newId(now.getTime()), ...input, sortOrder: (last?.n ?? -1) + 1, createdAt: now, updatedAt: now };
    await tx.insert(siteShowcases).values(row);
    await writeAudit(tx, ctx, { action: 'site-showcase.create', targetType: 'site-showcase', targetId: row.id, after: input });
    return row;
  });
  if (row.listed) siteChanged(ctx);
  return presentShowcase(ctx, row);
}
