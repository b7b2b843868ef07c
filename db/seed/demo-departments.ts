import { and, eq, isNull } from 'drizzle-orm';
import { ensureDepartmentRoots } from '../../api/src/departments/tree';
import { newId } from '../../api/src/lib/ids';
import type { SchoolDbOrTx } from '../client';
import { departments, memberDepartments, members } from '../schema';

const SCHOOL_NAME = '澳門示範學校';

interface Node {
  name: string;
  children?: Node[];
}

/** The demo school's staff contacts (CT-01): offices and the two sections with their subject groups. */
const TREE: Node[] = [
  { name: '校長室' },
  { name: '教務處' },
  { name: '學生事務處' },
  { name: '總務處' },
  { name: '小學部', children: [{ name: '中文科組' }, { name: '數學科組' }, { name: '英文科組' }] },
  { name: '中學部', children: [{ name: '中文科組' }, { name: '數學科組' }, { name: '英文科組' }, { name: '理科組' }] },
];

/** Where each demo staff member sits (department paths below the root), their title, what they head. */
const PLACES: { account: string; title: string; departments: string[]; heads: string[] }[] = [
  { account: 'admin', title: '校長', departments: ['校長室'], heads: ['校長室'] },
  { account: 'ho', title: '教務主任', departments: ['教務處', '中學部'], heads: ['教務處'] },
  { account: 'teacher', title: '中文科老師', departments: ['小學部/中文科組', '中學部/中文科組'], heads: ['小學部/中文科組'] },
  { account: 'zhang', title: '數學科老師', departments: ['小學部/數學科組'], heads: ['小學部/數學科組'] },
  { account: 'leung', title: '文員', departments: ['總務處'], heads: [] },
];

/**
 * Seeds the demo school's department tree (root 澳門示範學校, the alumni department 校友 last)
 * and places the demo staff in it with their titles and heads. Runs in the seed's
 * transaction; accounts missing from `memberIdsByAccount` are skipped.
 */
export async function seedDemoDepartments(tx: SchoolDbOrTx, now: Date, memberIdsByAccount: Record<string, string>): Promise<void> {
  await ensureDepartmentRoots(tx, SCHOOL_NAME, now);
  const root = await tx
    .select()
    .from(departments)
    .where(and(isNull(departments.parentId), eq(departments.kind, 'normal')))
    .get();
  if (!root) throw new Error('no root department');
  const byPath = new Map<string, string>();
  const add = async (nodes: Node[], parentId: string, prefix: string) => {
    for (const [i, node] of nodes.entries()) {
      const id = newId(now.getTime());
      await tx.insert(departments).values({ id, parentId, name: node.name, sortOrder: i, createdAt: now });
      const path = prefix ? `${prefix}/${node.name}` : node.name;
      byPath.set(path, id);
      if (node.children) await add(node.children, id, path);
    }
  };
  await add(TREE, root.id, '');
  await tx.update(departments).set({ sortOrder: TREE.length }).where(eq(departments.kind, 'alumni'));

  for (const place of PLACES) {
    const memberId = memberIdsByAccount[place.account];
    if (!memberId) continue;
    await tx.update(members).set({ title: place.title }).where(eq(members.id, memberId));
    for (const path of place.departments) {
      const departmentId = byPath.get(path);
      if (!departmentId) throw new Error(`no demo department ${path}`);
      await tx.insert(memberDepartments).values({ memberId, departmentId, isHead: place.heads.includes(path) });
    }
  }
}
