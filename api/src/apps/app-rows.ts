import { eq, inArray } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { apps, appVisibility } from '../../../db/schema';
import type { VisibleRange } from './schemas';

const EMPTY = (): VisibleRange => ({ departmentIds: [], memberIds: [], tagIds: [] });

/** The visible range of every app that has one, by app key. */
export async function visibleRanges(db: SchoolDbOrTx, keys?: string[]): Promise<Map<string, VisibleRange>> {
  const rows = await db
    .select()
    .from(appVisibility)
    .where(keys ? inArray(appVisibility.appKey, keys) : undefined)
    .all();
  const ranges = new Map<string, VisibleRange>();
  for (const r of rows) {
    const range = ranges.get(r.appKey) ?? EMPTY();
    (r.kind === 'department' ? range.departmentIds : r.kind === 'member' ? range.memberIds : range.tagIds).push(r.ref);
    ranges.set(r.appKey, range);
  }
  return ranges;
}

export const rangeOf = (ranges: Map<string, VisibleRange>, key: string): VisibleRange => ranges.get(key) ?? EMPTY();

/**
 * Makes sure every key has an `apps` row (workbench items refer to it); a new row is a
 * disabled app, so putting an app in a group never enables it by itself.
 */
export async function ensureAppRows(tx: SchoolDbOrTx, keys: string[], now: Date): Promise<void> {
  if (keys.length === 0) return;
  await tx
    .insert(apps)
    .values(keys.map((key) => ({ key, enabled: false, parentsAllowed: false, updatedAt: now })))
    .onConflictDoNothing({ target: apps.key });
}

/** Replaces an app's visible range. */
export async function replaceRange(tx: SchoolDbOrTx, key: string, range: VisibleRange): Promise<void> {
  await tx.delete(appVisibility).where(eq(appVisibility.appKey, key));
  const rows = [
    ...[...new Set(range.departmentIds)].map((ref) => ({ appKey: key, kind: 'department' as const, ref })),
    ...[...new Set(range.memberIds)].map((ref) => ({ appKey: key, kind: 'member' as const, ref })),
    ...[...new Set(range.tagIds)].map((ref) => ({ appKey: key, kind: 'tag' as const, ref })),
  ];
  if (rows.length > 0) await tx.insert(appVisibility).values(rows);
}
