import { and, eq, isNull, max } from 'drizzle-orm';
import type { SchoolDb, SchoolDbOrTx } from '../../../db/client';
import { departments } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { newId } from '../lib/ids';

export type Department = typeof departments.$inferSelect;

/** The department tree of one school (CT-01), built once from all its rows. */
export interface DepartmentTree {
  /** The school itself (parentId null, kind normal); null only before {@link ensureDepartmentRoots}. */
  root: Department | null;
  /** The alumni department (校友, kind alumni). */
  alumni: Department | null;
  byId: Map<string, Department>;
  /** Children by parent id, in display order (sortOrder, then creation). */
  children: Map<string, Department[]>;
}

/** Builds a tree from rows (any order). Rows whose parent is missing hang off nothing and are ignored. */
export function buildTree(rows: Department[]): DepartmentTree {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const children = new Map<string, Department[]>();
  let root: Department | null = null;
  for (const r of rows) {
    if (r.parentId === null) {
      // the oldest root wins, should two ever exist
      if (r.kind === 'normal' && (!root || r.createdAt < root.createdAt)) root = r;
      continue;
    }
    const list = children.get(r.parentId) ?? [];
    list.push(r);
    children.set(r.parentId, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.sortOrder - b.sortOrder || a.id.localeCompare(b.id));
  const alumni = rows.filter((r) => r.kind === 'alumni').sort((a, b) => a.id.localeCompare(b.id))[0] ?? null;
  return { root, alumni, byId, children };
}

/** Reads the tree fresh (inside a transaction, always use this). */
export async function readDepartmentTree(db: SchoolDbOrTx): Promise<DepartmentTree> {
  return buildTree(await db.select().from(departments).all());
}

const TTL_MS = 5_000;
const cache = new WeakMap<SchoolDb, { tree: DepartmentTree; at: number }>();

/**
 * The tree for reads and policy checks outside transactions, cached per school database for a
 * few seconds (every request of the contacts screens needs it; it changes rarely). Writers
 * call {@link invalidateDepartmentTree} after their transaction commits; another process sees
 * a change within the TTL. Service verbs that change things re-read it inside their transaction.
 */
export async function loadDepartmentTree(db: SchoolDb): Promise<DepartmentTree> {
  // freshness is a matter of real time (other processes' writes), not of the request clock
  // that tests hold still: the one place here that reads the wall clock
  const now = Date.now();
  const hit = cache.get(db);
  if (hit && now - hit.at < TTL_MS) return hit.tree;
  const tree = await readDepartmentTree(db);
  cache.set(db, { tree, at: now });
  return tree;
}

/** Drops the cached tree of a school database (after a change to departments). */
export function invalidateDepartmentTree(db: SchoolDb): void {
  cache.delete(db);
}

/** A department and everything below it. */
export function subtreeIds(tree: DepartmentTree, id: string): string[] {
  const out: string[] = [];
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    if (!tree.byId.has(current) || out.includes(current)) continue;
    out.push(current);
    for (const child of tree.children.get(current) ?? []) stack.push(child.id);
  }
  return out;
}

/** The ancestors of a department, nearest first (the root last). */
export function ancestorIds(tree: DepartmentTree, id: string): string[] {
  const out: string[] = [];
  let current = tree.byId.get(id)?.parentId ?? null;
  while (current && !out.includes(current)) {
    out.push(current);
    current = tree.byId.get(current)?.parentId ?? null;
  }
  return out;
}

/** Departments in display order: depth first from the root, with their depth. */
export function walkTree(tree: DepartmentTree): { department: Department; depth: number }[] {
  const out: { department: Department; depth: number }[] = [];
  const visit = (d: Department, depth: number) => {
    out.push({ department: d, depth });
    for (const child of tree.children.get(d.id) ?? []) visit(child, depth + 1);
  };
  if (tree.root) visit(tree.root, 0);
  return out;
}

/** The names from the root down to a department, e.g. `澳門示範學校/小學部/中文科組`. */
export function pathName(tree: DepartmentTree, id: string): string {
  const names = [id, ...ancestorIds(tree, id)].reverse().map((d) => tree.byId.get(d)?.name ?? '');
  return names.join('/');
}

export const ALUMNI_NAME = '校友';

/**
 * Makes sure a school has its root department (named after the school) and its alumni
 * department (校友, under the root). Runs inside the caller's transaction; local files and
 * libSQL write transactions are serialised, so two first calls cannot both create a root.
 * Returns true when it added something.
 */
export async function ensureDepartmentRoots(tx: SchoolDbOrTx, schoolName: string, now: Date): Promise<boolean> {
  let changed = false;
  let root = await tx
    .select()
    .from(departments)
    .where(and(isNull(departments.parentId), eq(departments.kind, 'normal')))
    .orderBy(departments.createdAt)
    .get();
  if (!root) {
    [root] = await tx.insert(departments).values({ id: newId(now.getTime()), parentId: null, name: schoolName, createdAt: now }).returning();
    changed = true;
  }
  const alumni = await tx.select({ id: departments.id }).from(departments).where(eq(departments.kind, 'alumni')).get();
  if (!alumni) {
    const sortOrder = await nextSortOrder(tx, root.id);
    await tx.insert(departments).values({ id: newId(now.getTime()), parentId: root.id, name: ALUMNI_NAME, kind: 'alumni', sortOrder, createdAt: now });
    changed = true;
  }
  return changed;
}

/** The position after the last child of a parent. */
export async function nextSortOrder(tx: SchoolDbOrTx, parentId: string): Promise<number> {
  const row = await tx.select({ n: max(departments.sortOrder) }).from(departments).where(eq(departments.parentId, parentId)).get();
  return row?.n == null ? 0 : row.n + 1;
}

/**
 * The tree of the caller's school for reads, creating the root and alumni departments on the
 * first call (a school provisioned before contacts existed has none).
 */
export async function schoolDepartmentTree(ctx: ServiceContext): Promise<DepartmentTree> {
  const tree = await loadDepartmentTree(ctx.db);
  if (tree.root && tree.alumni) return tree;
  await ctx.db.transaction((tx) => ensureDepartmentRoots(tx, ctx.school.name['zh-Hant'], ctx.clock.now()));
  invalidateDepartmentTree(ctx.db);
  return loadDepartmentTree(ctx.db);
}

/** The tree inside a write transaction: fresh, with the root and alumni departments ensured. */
export async function departmentTreeIn(tx: SchoolDbOrTx, ctx: ServiceContext): Promise<DepartmentTree & { root: Department }> {
  await ensureDepartmentRoots(tx, ctx.school.name['zh-Hant'], ctx.clock.now());
  const tree = await readDepartmentTree(tx);
  if (!tree.root) throw new Error('the root department is missing after ensureDepartmentRoots');
  return { ...tree, root: tree.root };
}
