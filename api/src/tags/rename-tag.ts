import { eq } from 'drizzle-orm';
import { tags } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden } from '../lib/errors';
import { canManageTags } from './policy';
import { presentTag } from './presenter';
import { assertNameFree, isBuiltIn, loadTag, memberCounts, nameTakenError } from './tag-rows';

/**
 * 重新命名 (creator, super admins). Ranges refer to tags by id, so they follow the new name.
 * The built-in 管理員 keeps its name: SUB-01 finds it by name.
 */
export async function renameTag(ctx: ServiceContext, id: string, input: { name: string }) {
  if (!canManageTags(ctx.actor)) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const before = await loadTag(tx, id);
    if (isBuiltIn(before)) throw new ApiError('tag_builtin', { field: 'name' });
    const counts = await memberCounts(tx, [id]);
    if (before.name === input.name) return presentTag(before, counts.get(id) ?? 0);
    await assertNameFree(tx, input.name, id);
    const [after] = await tx
      .update(tags)
      .set({ name: input.name })
      .where(eq(tags.id, id))
      .returning()
      .catch((e) => Promise.reject(nameTakenError(e, input.name)));
    await writeAudit(tx, ctx, { action: 'tag.rename', targetType: 'tag', targetId: id, before: { name: before.name }, after: { name: after.name } });
    return presentTag(after, counts.get(id) ?? 0);
  });
}
