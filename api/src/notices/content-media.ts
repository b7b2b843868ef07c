import { and, eq, inArray } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { files } from '../../../db/schema';
import type { Actor } from '../lib/context';
import { ApiError } from '../lib/errors';

/**
 * Files shown inside rich content (an image in a notice or an announcement). The editor
 * inserts an upload by its owner-only address (`/api/s/<code>/files/<id>`); when the content is
 * saved each such address is bound to the record that shows it
 * (`/api/s/<code>/notices/<id>/media/<fileId>`), which its readers may fetch and nobody else.
 * A copied notice brings the addresses of the notice it came from; they are bound anew.
 */

/** Where a file of rich content points: the owner's upload, or the media of a record. */
export interface ContentFileRef {
  fileId: string;
  /** The record whose media address it was (`notices` / `announcements`), null for an upload. */
  scope: { kind: 'notices' | 'announcements'; id: string } | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// ids are lower-case base32; school codes letters, digits and dashes (see control schema)
const pattern = (school: string) =>
  new RegExp(`/api/s/${escape(encodeURIComponent(school))}/(?:files|(notices|announcements)/([0-9a-z]{1,40})/(?:media|files))/([0-9a-z]{1,40})(?=["'?#\\s]|$)`, 'g');

/** The files of this school that rich content points to, once each. */
export function contentFileRefs(html: string, school: string): ContentFileRef[] {
  const seen = new Map<string, ContentFileRef>();
  for (const m of html.matchAll(pattern(school))) {
    const [, kind, id, fileId] = m;
    const ref: ContentFileRef = { fileId, scope: kind ? { kind: kind as 'notices' | 'announcements', id } : null };
    const key = `${fileId}@${kind ?? ''}:${id ?? ''}`;
    if (!seen.has(key)) seen.set(key, ref);
  }
  return [...seen.values()];
}

/** The ids of the files rich content shows (for the media route's check). */
export const contentFileIds = (html: string, school: string): Set<string> => new Set(contentFileRefs(html, school).map((r) => r.fileId));

/** The address a record's readers fetch one of its files by. */
export const mediaPath = (school: string, kind: 'notices' | 'announcements', id: string, fileId: string): string =>
  `/api/s/${encodeURIComponent(school)}/${kind}/${id}/${kind === 'notices' ? 'media' : 'files'}/${fileId}`;

/** Rich content with every file address bound to `kind/id` (after `checkContentFiles`). */
export function bindContentFiles(html: string, school: string, kind: 'notices' | 'announcements', id: string): string {
  return html.replace(pattern(school), (_all, _k, _id, fileId: string) => mediaPath(school, kind, id, fileId));
}

/**
 * X-03 every file the content points to is the writer's own upload, or a file of a record the
 * writer may read that shows it (`mayUse`, e.g. the notice a copy came from). Otherwise a 404
 * naming `field`: a writer cannot publish someone else's file by typing its address.
 */
export async function checkContentFiles(
  db: SchoolDbOrTx,
  actor: Actor,
  refs: ContentFileRef[],
  field: string,
  mayUse: (ref: ContentFileRef & { scope: NonNullable<ContentFileRef['scope']> }) => Promise<boolean>,
): Promise<void> {
  if (refs.length === 0) return;
  const ids = [...new Set(refs.map((r) => r.fileId))];
  const owned = new Set(
    (
      await db
        .select({ id: files.id })
        .from(files)
        .where(and(inArray(files.id, ids), eq(files.ownerId, actor.memberId)))
        .all()
    ).map((f) => f.id),
  );
  for (const ref of refs) {
    if (owned.has(ref.fileId)) continue;
    if (ref.scope && (await mayUse({ ...ref, scope: ref.scope }))) continue;
    throw new ApiError('not_found', { field });
  }
}
