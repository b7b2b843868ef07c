import { and, count, desc, eq, exists, gt, inArray, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { noticeCc, noticeRecipients, notices } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { likePattern, offsetOf, pageOf } from '../lib/paging';
import { requireNoticeUser } from './access';
import { canSeeShared } from './policy';
import { presentListItem } from './presenter';

export interface ListNoticesInput {
  box: 'sent' | 'cc' | 'shared';
  status?: 'scheduled' | 'sent' | 'closed' | 'recalled';
  form?: '0' | '1';
  q?: string;
  page: number;
  pageSize: number;
}

const STATUS: Record<NonNullable<ListNoticesInput['status']>, SQL | undefined> = {
  scheduled: eq(notices.status, 'scheduled'),
  sent: and(eq(notices.status, 'sent'), isNull(notices.closedAt)),
  closed: and(eq(notices.status, 'sent'), isNotNull(notices.closedAt)),
  recalled: eq(notices.status, 'recalled'),
};

/** Read, confirmed and answered counts of some notices, by notice. */
export async function deliveryCounts(db: SchoolDbOrTx, ids: string[]) {
  if (ids.length === 0) return new Map<string, { recipients: number; read: number; confirmed: number; answered: number }>();
  const rows = await db
    .select({
      id: noticeRecipients.noticeId,
      recipients: count(),
      read: count(noticeRecipients.readAt),
      confirmed: count(noticeRecipients.confirmedAt),
      answered: count(noticeRecipients.answeredAt),
    })
    .from(noticeRecipients)
    .where(inArray(noticeRecipients.noticeId, ids))
    .groupBy(noticeRecipients.noticeId)
    .all();
  return new Map(rows.map(({ id, ...c }) => [id, c]));
}

/**
 * N-02 我發送的通知, 抄送給我的通知 and, for the app's admins, 分享給我的通知 (every notice of
 * the school); newest first, searchable by title or sender, filtered by state and by form.
 */
export async function listNotices(ctx: ServiceContext, input: ListNoticesInput) {
  const actor = requireNoticeUser(ctx.actor);
  if (input.box === 'shared' && !canSeeShared(actor)) throw forbidden();
  const box =
    input.box === 'sent'
      ? eq(notices.senderId, actor.memberId)
      : input.box === 'cc'
        ? exists(
            ctx.db
              .select({ one: noticeCc.noticeId })
              .from(noticeCc)
              .where(and(eq(noticeCc.noticeId, notices.id), eq(noticeCc.memberId, actor.memberId))),
          )
        : undefined;
  const search = input.q
    ? or(sql`${notices.title} like ${likePattern(input.q)} escape '\\'`, sql`${notices.senderName} like ${likePattern(input.q)} escape '\\'`)
    : undefined;
  const form = input.form === '1' ? gt(notices.questionCount, 0) : input.form === '0' ? eq(notices.questionCount, 0) : undefined;
  const where = and(box, search, form, input.status ? STATUS[input.status] : undefined);
  const [rows, total] = await Promise.all([
    ctx.db
      .select()
      .from(notices)
      .where(where)
      // ids made in the same millisecond sort at random: insertion order breaks the tie
      .orderBy(desc(notices.createdAt), sql`${notices}.rowid desc`)
      .limit(input.pageSize)
      .offset(offsetOf(input.page, input.pageSize))
      .all(),
    ctx.db.select({ n: count() }).from(notices).where(where).get(),
  ]);
  const counts = await deliveryCounts(
    ctx.db,
    rows.map((r) => r.id),
  );
  return pageOf(
    rows.map((r) => presentListItem(r, counts.get(r.id))),
    total?.n ?? 0,
    input.page,
    input.pageSize,
  );
}
