import { and, eq, inArray } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { files, members, type NoticeQuestion, type NoticeTargets, notices } from '../../../db/schema';
import type { Actor, ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { ccIdsOf } from './access';
import { checkContentFiles, contentFileRefs } from './content-media';
import { noticeMediaIds } from './notice-files';
import { canReadNotice } from './policy';
import { checkTargets, type RecipientRow, resolveRecipients } from './recipients';
import type { NoticeInput } from './schemas';
import { storedVersions, storeQuestions } from './versions';

/** A composed notice, checked and resolved, ready to be summarised or written. */
export interface PreparedNotice {
  title: string;
  content: string;
  translations: Partial<Record<'en' | 'pt', { title: string; content: string }>>;
  questions: NoticeQuestion[];
  attachmentIds: string[];
  targets: NoticeTargets;
  audience: 'parents' | 'students' | 'both';
  ccIds: string[];
  requireConfirm: boolean;
  urgent: boolean;
  autoCcSender: boolean;
  scheduledAt: Date | null;
  /** The recipients, for the summary (empty when prepared with `resolve: false`). */
  rows: RecipientRow[];
  /** Students addressed (some may have no one to reach). */
  students: number;
}

const unique = (ids: string[]): string[] => [...new Set(ids)];

/** 404 naming `field.i` for each id the query did not return. */
function requireAll(ids: string[], found: Set<string>, field: string): void {
  ids.forEach((id, i) => {
    if (!found.has(id)) throw new ApiError('not_found', { field: `${field}.${i}` });
  });
}

/**
 * The images of the content in every language: the sender's own uploads, or those of a
 * notice the sender may read (a copy's). 404 naming the version's content field otherwise.
 */
async function checkContentImages(db: SchoolDbOrTx, ctx: ServiceContext, actor: Actor, v: ReturnType<typeof storedVersions>): Promise<void> {
  const school = ctx.school.code;
  const mayUse = async (ref: { fileId: string; scope: { kind: string; id: string } }) => {
    if (ref.scope.kind !== 'notices') return false;
    const source = await db.select().from(notices).where(eq(notices.id, ref.scope.id)).get();
    if (!source || !canReadNotice(actor, { senderId: source.senderId, ccIds: await ccIdsOf(db, source.id) })) return false;
    return noticeMediaIds(source, school).has(ref.fileId);
  };
  await checkContentFiles(db, actor, contentFileRefs(v.content, school), 'content', mayUse);
  for (const loc of ['en', 'pt'] as const) {
    const t = v.translations[loc];
    if (t) await checkContentFiles(db, actor, contentFileRefs(t.content, school), `translations.${loc}.content`, mayUse);
  }
}

/**
 * N-01 checks a composed notice and resolves its recipients, reading only (preview and send
 * share it): the scheduled time in the future, attachments and content images the sender
 * uploaded (or a copied notice's), CC'd members
 * who are active staff, recipients the sender may address. Rich content is sanitised.
 */
export async function prepareNotice(
  db: SchoolDbOrTx,
  ctx: ServiceContext,
  actor: Actor,
  input: NoticeInput,
  options: { resolve?: boolean } = {},
): Promise<PreparedNotice> {
  const now = ctx.clock.now();
  const scheduledAt = input.settings.scheduledAt ? new Date(input.settings.scheduledAt) : null;
  if (scheduledAt && scheduledAt.getTime() <= now.getTime()) throw new ApiError('notice_schedule_past', { field: 'settings.scheduledAt' });

  if (input.attachmentIds.length > 0) {
    const owned = await db
      .select({ id: files.id })
      .from(files)
      .where(and(inArray(files.id, input.attachmentIds), eq(files.ownerId, actor.memberId)))
      .all();
    requireAll(input.attachmentIds, new Set(owned.map((f) => f.id)), 'attachmentIds');
  }
  if (input.ccMemberIds.length > 0) {
    const staff = await db
      .select({ id: members.id })
      .from(members)
      .where(and(inArray(members.id, input.ccMemberIds), eq(members.kind, 'staff'), eq(members.status, 'active')))
      .all();
    requireAll(input.ccMemberIds, new Set(staff.map((m) => m.id)), 'ccMemberIds');
  }
  const versions = storedVersions(input);
  await checkContentImages(db, ctx, actor, versions);
  const targets: NoticeTargets = {
    wholeSchool: input.recipients.wholeSchool,
    classIds: input.recipients.classIds,
    studentIds: input.recipients.studentIds,
  };
  // field names index the ids as sent; duplicates are harmless and dropped after the check
  await checkTargets(db, actor, targets);
  const stored = { wholeSchool: targets.wholeSchool, classIds: unique(targets.classIds), studentIds: unique(targets.studentIds) };
  // the summary lists them; sending resolves them in its inserts (`rows` left empty)
  const { rows, students } = options.resolve === false ? { rows: [], students: 0 } : await resolveRecipients(db, stored, input.recipients.audience);
  const cc = unique(input.settings.autoCcSender ? [...input.ccMemberIds, actor.memberId] : input.ccMemberIds);
  return {
    ...versions,
    questions: storeQuestions(input.questions),
    attachmentIds: unique(input.attachmentIds),
    targets: stored,
    audience: input.recipients.audience,
    ccIds: cc,
    requireConfirm: input.settings.requireConfirm,
    urgent: input.settings.urgent,
    autoCcSender: input.settings.autoCcSender,
    scheduledAt,
    rows,
    students,
  };
}
