import { eq, ne } from 'drizzle-orm';
import { memberDepartments, members } from '../../../db/schema';
import { isAdmin } from '../auth/policy';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { getSetting } from '../settings/settings';
import { canReadDepartments, departmentScope, hasDepartmentScope, visibleDepartments } from './policy';
import { type DepartmentNode, presentDepartment } from './presenter';
import { type DepartmentTree, schoolDepartmentTree, walkTree } from './tree';

/**
 * CT-01 the department tree as the caller may see it, in display order. Super admins and
 * staff see it all; a scoped admin its scope and, as read-only context, the ancestors of its
 * scope. Member counts are left out for non-admins when the school hides them (ADM-04).
 */
export async function listDepartments(ctx: ServiceContext): Promise<{ rootId: string; alumniId: string | null; items: DepartmentNode[] }> {
  const actor = ctx.actor;
  if (!canReadDepartments(actor)) throw forbidden();
  const tree = await schoolDepartmentTree(ctx);
  const visible = visibleDepartments(actor, tree);
  const managed = departmentScope(actor, tree);
  const security = await getSetting(ctx.db, 'security');
  const showCounts = isAdmin(actor) || !security.hideMemberCount;

  const rows = await ctx.db
    .select({ memberId: memberDepartments.memberId, departmentId: memberDepartments.departmentId, isHead: memberDepartments.isHead, name: members.name })
    .from(memberDepartments)
    .innerJoin(members, eq(members.id, memberDepartments.memberId))
    .where(ne(members.status, 'removed'))
    .all();
  const heads = new Map<string, { id: string; name: string }[]>();
  for (const r of rows) {
    if (!r.isHead) continue;
    const list = heads.get(r.departmentId) ?? [];
    list.push({ id: r.memberId, name: r.name });
    heads.set(r.departmentId, list);
  }
  const counts = showCounts ? subtreeCounts(tree, rows) : null;
  // a scoped admin sees the ancestors of its scope, but not who or how many are in them
  const context = (id: string) => hasDepartmentScope(actor) && !managed.has(id);

  const items = walkTree(tree)
    .filter(({ department }) => visible.has(department.id))
    .map(({ department, depth }) =>
      presentDepartment(department, depth, {
        manageable: managed.has(department.id),
        context: context(department.id),
        memberCount: counts ? (counts.get(department.id) ?? 0) : null,
        heads: heads.get(department.id) ?? [],
      }),
    );
  return { rootId: tree.root?.id ?? '', alumniId: tree.alumni?.id ?? null, items };
}

/** Members of each department and everything below it, a member in two places counted once. */
function subtreeCounts(tree: DepartmentTree, rows: { memberId: string; departmentId: string }[]): Map<string, number> {
  const direct = new Map<string, Set<string>>();
  for (const r of rows) {
    const set = direct.get(r.departmentId) ?? new Set<string>();
    set.add(r.memberId);
    direct.set(r.departmentId, set);
  }
  const counts = new Map<string, number>();
  const collect = (id: string): Set<string> => {
    const all = new Set(direct.get(id));
    for (const child of tree.children.get(id) ?? []) for (const m of collect(child.id)) all.add(m);
    counts.set(id, all.size);
    return all;
  };
  if (tree.root) collect(tree.root.id);
  return counts;
}
