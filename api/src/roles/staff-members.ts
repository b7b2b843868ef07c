import { and, inArray, ne } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { members } from '../../../db/schema';
import { ApiError } from '../lib/errors';

type Member = typeof members.$inferSelect;

/**
 * The members named by `ids`, each an existing staff member (only staff can be admins);
 * a 400 names `field` otherwise. Returned in the order given, each once.
 */
export async function staffMembers(db: SchoolDbOrTx, ids: string[], field: string): Promise<Member[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = await db
    .select()
    .from(members)
    .where(and(inArray(members.id, unique), ne(members.status, 'removed')))
    .all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return unique.map((id) => {
    const m = byId.get(id);
    if (!m) throw new ApiError('unknown_ref', { field, params: { field, ref: id } });
    if (m.kind !== 'staff') throw new ApiError('not_staff', { field });
    return m;
  });
}
