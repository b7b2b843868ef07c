import { and, eq } from 'drizzle-orm';
import { memberTags } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { readDepartmentTree } from '../departments/tree';
import type { ServiceContext } from '../lib/context';
import { forbidden, notFound } from '../lib/errors';
import { canSetTags } from './policy';
import { presentTag } from './presenter';
import { managesTagMember, taggableMembers } from './tag-members';
import { loadTag, memberCounts } from './tag-rows';

/**
 * 添加成員 to a tag: staff members of the caller's 管理範圍; those who carry it already are
 * left alone. All or nothing; audited with who was added.
 */
export async function addTagMembers(ctx: ServiceContext, tagId: string, input: { memberIds: string[] }) {
  if (!canSetTags(ctx.actor)) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const tag = await loadTag(tx, tagId);
    const tree = await readDepartmentTree(tx);
    const chosen = await taggableMembers(tx, ctx.actor, tree, input.memberIds);
    const added = await tx
      .insert(memberTags)
      .values(chosen.map((m) => ({ memberId: m.id, tagId })))
      .onConflictDoNothing()
      .returning({ id: memberTags.memberId });
    if (added.length > 0) {
      await writeAudit(tx, ctx, { action: 'tag.members.add', targetType: 'tag', targetId: tagId, after: { name: tag.name, memberIds: added.map((a) => a.id) } });
    }
    const counts = await memberCounts(tx, [tagId]);
    return { tag: presentTag(tag, counts.get(tagId) ?? 0), added: added.map((a) => a.id) };
  });
}

/**
 * 移除 a member from a tag. A member who does not carry it, or whom the caller does not manage,
 * is not there for the caller (404).
 */
export async function removeTagMember(ctx: ServiceContext, tagId: string, memberId: string): Promise<void> {
  if (!canSetTags(ctx.actor)) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    const tag = await loadTag(tx, tagId);
    const tree = await readDepartmentTree(tx);
    if (!(await managesTagMember(tx, ctx.actor, tree, memberId))) throw notFound();
    const [gone] = await tx
      .delete(memberTags)
      .where(and(eq(memberTags.tagId, tagId), eq(memberTags.memberId, memberId)))
      .returning();
    if (!gone) throw notFound();
    await writeAudit(tx, ctx, { action: 'tag.members.remove', targetType: 'tag', targetId: tagId, before: { name: tag.name, memberIds: [memberId] } });
  });
}
