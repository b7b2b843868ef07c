import { and, eq, inArray } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { files, members, type NoticeQuestion, type NoticeTargets } from '../../../db/schema';
import type { Actor, ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
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
 * N-01 checks a composed notice and resolves its recipients, reading only (preview and send
 * share it): the scheduled time in the future, attachments the sender uploaded, CC'd members
 * who are active staff, recipients the sender may address. Rich content is sanitised.
 */
export async function prepareNotice(db: SchoolDbOrTx, ctx: ServiceContext, actor: Actor, input: NoticeInput): Promise<PreparedNotice> {
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
  const targets: NoticeTargets = {
    wholeSchool: input.recipients.wholeSchool,
    classIds: input.recipients.classIds,
    studentIds: input.recipients.studentIds,
  };
  // field names index the ids as sent; duplicates are harmless and dropped after the check
  await checkTargets(db, actor, targets);
  const stored = { wholeSchool: targets.wholeSchool, classIds: unique(targets.classIds), studentIds: unique(targets.studentIds) };
  const { rows, students } = await resolveRecipients(db, stored, input.recipients.audience);
  const cc = unique(input.settings.autoCcSender ? [...input.ccMemberIds, actor.memberId] : input.ccMemberIds);
  return {
    ...storedVersions(input),
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
