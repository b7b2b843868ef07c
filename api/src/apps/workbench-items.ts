import { asc, eq, inArray } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { workbenchGroups, workbenchItems } from '../../../db/schema';
import { presentGroup } from './presenter';

/** The app keys of groups, each list in the group's order. */
export async function itemsOf(db: SchoolDbOrTx, groupIds: string[]): Promise<Map<string, string[]>> {
  const byGroup = new Map<string, string[]>(groupIds.map((id) => [id, []]));
  if (groupIds.length === 0) return byGroup;
  const rows = await db
    .select()
    .from(workbenchItems)
    .where(inArray(workbenchItems.groupId, groupIds))
    .orderBy(asc(workbenchItems.sortOrder), asc(workbenchItems.appKey))
    .all();
  for (const r of rows) byGroup.get(r.groupId)?.push(r.appKey);
  return byGroup;
}

/** One workbench group, presented, or null. */
export async function loadWorkbenchGroup(db: SchoolDbOrTx, id: string) {
  const g = await db.select().from(workbenchGroups).where(eq(workbenchGroups.id, id)).get();
  if (!g) return null;
  return presentGroup(g, (await itemsOf(db, [id])).get(id) ?? []);
}

/** Replaces a group's apps with `keys`, in that order. */
export async function replaceItems(tx: SchoolDbOrTx, groupId: string, keys: string[]): Promise<void> {
  await tx.delete(workbenchItems).where(eq(workbenchItems.groupId, groupId));
  if (keys.length > 0) await tx.insert(workbenchItems).values(keys.map((appKey, i) => ({ groupId, appKey, sortOrder: i })));
}
