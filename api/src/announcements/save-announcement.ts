import { and, eq, inArray, or } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { announcements, files } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { Actor, ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { newId } from '../lib/ids';
import { sanitizeHtml, textOf } from '../lib/sanitize-html';
import { bindContentFiles, checkContentFiles, contentFileRefs } from '../notices/content-media';
import { type AnnouncementRow, editableAnnouncement, requireEditor } from './access';
import { announcementMediaIds } from './announcement-file';
import { dispatchAnnouncement } from './dispatch-announcement';
import { isEditable } from './policy';
import { presentListItem } from './presenter';
import { checkRange, resolveRange } from './range';
import type { AnnouncementInput } from './schemas';

/**
 * The writer's own uploads, or files the announcement already has (another editor's draft):
 * the cover must be an image; anything else is a 404 naming the field.
 */
async function checkFiles(db: SchoolDbOrTx, ctx: ServiceContext, actor: Actor, input: AnnouncementInput, existing: AnnouncementRow | null): Promise<void> {
  const ids = [...(input.coverFileId ? [input.coverFileId] : []), ...input.attachmentIds];
  if (ids.length === 0) return;
  const kept = existing ? [...announcementMediaIds(existing, ctx.school.code)] : [];
  const owned = await db
    .select({ id: files.id, contentType: files.contentType })
    .from(files)
    .where(and(inArray(files.id, ids), or(eq(files.ownerId, actor.memberId), inArray(files.id, kept))))
    .all();
  const byId = new Map(owned.map((f) => [f.id, f]));
  if (input.coverFileId) {
    const cover = byId.get(input.coverFileId);
    if (!cover) throw new ApiError('not_found', { field: 'coverFileId' });
    if (!cover.contentType.startsWith('image/')) throw new ApiError('file_type', { field: 'coverFileId' });
  }
  input.attachmentIds.forEach((id, i) => {
    if (!byId.has(id)) throw new ApiError('not_found', { field: `attachmentIds.${i}` });
  });
}

/**
 * The body sanitised, its images checked (the writer's uploads, or images another
 * announcement shows) and bound to this announcement, so its recipients may fetch them.
 */
async function boundBody(tx: SchoolDbOrTx, ctx: ServiceContext, actor: Actor, html: string, id: string): Promise<string> {
  const body = sanitizeHtml(html);
  const school = ctx.school.code;
  await checkContentFiles(tx, actor, contentFileRefs(body, school), 'body', async (ref) => {
    if (ref.scope.kind !== 'announcements') return false;
    const source = await tx.select().from(announcements).where(eq(announcements.id, ref.scope.id)).get();
    return source !== undefined && announcementMediaIds(source, school).has(ref.fileId);
  });
  return bindContentFiles(body, school, 'announcements', id);
}

/**
 * ANN-01 saves an announcement (new, or a draft / scheduled one changed) and does what the
 * editor chose: keep it as a draft, schedule it, or send it now. Checks the range, files and
 * time first; nothing is written when any is refused. The summary is the start of
 * the body when left empty; the author the writer's name.
 */
async function save(ctx: ServiceContext, actor: Actor, tx: SchoolDbOrTx, existing: AnnouncementRow | null, input: AnnouncementInput) {
  const now = ctx.clock.now();
  if (existing && !isEditable(existing.status)) throw new ApiError('announcement_not_editable');
  await checkFiles(tx, ctx, actor, input, existing);
  await checkRange(tx, input.range);
  const scheduledAt = input.action === 'schedule' && input.scheduledAt ? new Date(input.scheduledAt) : null;
  if (scheduledAt && scheduledAt.getTime() <= now.getTime()) throw new ApiError('notice_schedule_past', { field: 'scheduledAt' });
  const recipients = input.action === 'draft' ? [] : await resolveRange(tx, input.range);
  if (input.action !== 'draft' && recipients.length === 0) throw new ApiError('announcement_no_recipients', { field: 'range' });
  const id = existing?.id ?? newId(now.getTime());
  const body = await boundBody(tx, ctx, actor, input.body, id);
  const values = {
    title: input.title,
    body,
    summary: input.summary || textOf(body, 120),
    author: input.author || actor.name,
    coverFileId: input.coverFileId,
    attachmentIds: [...new Set(input.attachmentIds)],
    share: input.share,
    range: input.range,
    status: input.action === 'schedule' ? ('scheduled' as const) : ('draft' as const),
    scheduledAt,
    updatedAt: now,
  };
  let [row] = existing
    ? await tx.update(announcements).set(values).where(eq(announcements.id, existing.id)).returning()
    : await tx
        .insert(announcements)
        .values({ ...values, id, createdBy: actor.memberId, createdAt: now })
        .returning();
  if (input.action === 'send') row = await dispatchAnnouncement(tx, ctx, row, recipients, now);
  const action = input.action === 'send' ? 'send' : input.action === 'schedule' ? 'schedule' : existing ? 'update' : 'draft';
  await writeAudit(tx, ctx, {
    action: `announcement.${action}`,
    targetType: 'announcement',
    targetId: row.id,
    before: existing ? { status: existing.status, title: existing.title } : null,
    after: { status: row.status, title: row.title, range: row.range, recipients: recipients.length, scheduledAt: scheduledAt?.toISOString() ?? null },
  });
  return presentListItem(row, { recipients: row.recipientCount, delivered: row.status === 'sent' ? row.recipientCount : 0, read: 0, reads: 0, likes: 0 });
}

/** ANN-01 a new announcement: draft, scheduled or sent. */
export async function createAnnouncement(ctx: ServiceContext, input: AnnouncementInput) {
  const actor = requireEditor(ctx.actor);
  return ctx.db.transaction((tx) => save(ctx, actor, tx, null, input));
}

/** ANN-01 二次編輯 of a draft or scheduled announcement; a sent one is refused (409). */
export async function updateAnnouncement(ctx: ServiceContext, id: string, input: AnnouncementInput) {
  return ctx.db.transaction(async (tx) => {
    const { row, actor } = await editableAnnouncement(tx, ctx.actor, id);
    return save(ctx, actor, tx, row, input);
  });
}
