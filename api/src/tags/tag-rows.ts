import { and, count, eq, inArray, ne, sql } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { members, memberTags, tags } from '../../../db/schema';
import { ApiError, notFound } from '../lib/errors';
import { ADMIN_TAG } from '../subscription/approve-request';

export type TagRow = typeof tags.$inferSelect;

/** The built-in 管理員 tag (SUB-01 gives it to approved admins): it keeps its name and is never deleted. */
export const isBuiltIn = (tag: Pick<TagRow, 'name'>): boolean => tag.name === ADMIN_TAG;

/** A tag of this school; 404 for any other id (another school's included). */
export async function loadTag(db: SchoolDbOrTx, id: string): Promise<TagRow> {
  const row = await db.select().from(tags).where(eq(tags.id, id)).get();
  if (!row) throw notFound();
  return row;
}

/** 409 naming `name` when another tag has it (letters compared without case). */
export async function assertNameFree(db: SchoolDbOrTx, name: string, exceptId?: string): Promise<void> {
  const clash = await db
    .select({ id: tags.id })
    .from(tags)
    .where(and(sql`lower(${tags.name}) = lower(${name})`, exceptId ? ne(tags.id, exceptId) : undefined))
    .get();
  if (clash) throw new ApiError('tag_name_taken', { field: 'name', params: { name } });
}

/** How many members (not removed) carry each tag. */
export async function memberCounts(db: SchoolDbOrTx, tagIds: string[]): Promise<Map<string, number>> {
  if (tagIds.length === 0) return new Map();
  const rows = await db
    .select({ tagId: memberTags.tagId, n: count() })
    .from(memberTags)
    .innerJoin(members, eq(members.id, memberTags.memberId))
    .where(and(inArray(memberTags.tagId, tagIds), ne(members.status, 'removed')))
    .groupBy(memberTags.tagId)
    .all();
  return new Map(rows.map((r) => [r.tagId, r.n]));
}

/**
 * Two admins adding the same name at once: the check above passed for both, the unique index
 * refuses the second. That refusal becomes the same 409 as the check's.
 */
export function nameTakenError(error: unknown, name: string): unknown {
  const text = (e: unknown): string => (e instanceof Error ? `${e.message} ${text(e.cause)}` : '');
  return /UNIQUE constraint failed: tags\.name/.test(text(error)) ? new ApiError('tag_name_taken', { field: 'name', params: { name } }) : error;
}
