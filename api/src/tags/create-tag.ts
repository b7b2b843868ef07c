import { tags } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { newId } from '../lib/ids';
import { canManageTags } from './policy';
import { presentTag } from './presenter';
import { assertNameFree, nameTakenError } from './tag-rows';

/** 添加標籤 (creator, super admins): a new tag with no members; the name is free (409 otherwise). */
export async function createTag(ctx: ServiceContext, input: { name: string }) {
  if (!canManageTags(ctx.actor)) throw forbidden();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    await assertNameFree(tx, input.name);
    const [row] = await tx
      .insert(tags)
      .values({ id: newId(now.getTime()), name: input.name, createdAt: now })
      .returning()
      .catch((e) => Promise.reject(nameTakenError(e, input.name)));
    await writeAudit(tx, ctx, { action: 'tag.create', targetType: 'tag', targetId: row.id, after: { name: row.name } });
    return presentTag(row, 0);
  });
}
