import type { SchoolDbOrTx } from '../../../db/client';
import { noticeCc, notices } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { newId } from '../lib/ids';
import { requireNoticeUser } from './access';
import { bindContentFiles } from './content-media';
import { dispatchNotice } from './dispatch-notice';
import { countRecipients } from './recipients';
import { type PreparedNotice, prepareNotice } from './prepare-notice';
import type { NoticeInput } from './schemas';

/** What 確認 answers: the notice, whether it went or waits, and when recipients get it. */
export interface SentNotice {
  id: string;
  status: 'sent' | 'scheduled';
  recipients: number;
  scheduledAt: string | null;
  deliverAt: string | null;
}

/**
 * Writes a prepared notice inside the caller's transaction: the notice, its CC list and —
 * unless it is scheduled — its receipts and messages, and the audit row; a notice that
 * reaches nobody is refused (`notice_no_recipients`). `deliverAt`
 * overrides quiet hours (the demo seed); the sender is who the send record names.
 */
export async function writeNotice(
  tx: SchoolDbOrTx,
  ctx: ServiceContext,
  sender: { memberId: string; name: string },
  p: PreparedNotice,
  options: { deliverAt?: Date } = {},
): Promise<SentNotice> {
  const now = ctx.clock.now();
  const id = newId(now.getTime());
  // the content's images are bound to this notice, whose readers may then fetch them
  const bind = (html: string) => bindContentFiles(html, ctx.school.code, 'notices', id);
  const translations = Object.fromEntries(Object.entries(p.translations).map(([loc, v]) => [loc, { title: v.title, content: bind(v.content) }]));
  const [row] = await tx
    .insert(notices)
    .values({
      id,
      senderId: sender.memberId,
      senderName: sender.name,
      title: p.title,
      content: bind(p.content),
      translations,
      questions: p.questions,
      questionCount: p.questions.length,
      attachmentIds: p.attachmentIds,
      targets: p.targets,
      audience: p.audience,
      requireConfirm: p.requireConfirm,
      urgent: p.urgent,
      autoCcSender: p.autoCcSender,
      status: p.scheduledAt ? 'scheduled' : 'sent',
      scheduledAt: p.scheduledAt,
      sentAt: p.scheduledAt ? null : now,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (p.ccIds.length > 0) await tx.insert(noticeCc).values(p.ccIds.map((memberId) => ({ noticeId: row.id, memberId })));
  const sent = p.scheduledAt ? null : await dispatchNotice(tx, ctx, row, { ccIds: p.ccIds, at: now, by: sender, deliverAt: options.deliverAt });
  // nobody to reach: the whole transaction is undone
  const recipients = sent?.recipients ?? (await countRecipients(tx, p.targets, p.audience));
  if (recipients === 0) throw new ApiError('notice_no_recipients', { field: 'recipients' });
  await writeAudit(tx, ctx, {
    action: p.scheduledAt ? 'notice.schedule' : 'notice.send',
    targetType: 'notice',
    targetId: row.id,
    after: { title: row.title, targets: p.targets, audience: p.audience, recipients, scheduledAt: p.scheduledAt?.toISOString() ?? null },
  });
  return {
    id: row.id,
    status: p.scheduledAt ? 'scheduled' : 'sent',
    recipients,
    scheduledAt: p.scheduledAt?.toISOString() ?? null,
    deliverAt: sent?.deliverAt.toISOString() ?? null,
  };
}

/**
 * N-01 提交 → 確認: checks the notice, then writes it and — unless it is scheduled — its
 * receipts and outbox messages, all in one transaction: thousands of families are a handful
 * of multi-row inserts, and delivery happens in the background. A scheduled notice waits for
 * the send-scheduled-notices job. Nothing is written when any part is refused.
 */
export async function createNotice(ctx: ServiceContext, input: NoticeInput): Promise<SentNotice> {
  const actor = requireNoticeUser(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    // the recipients are resolved by the inserts themselves, not read into memory first
    const p = await prepareNotice(tx, ctx, actor, input, { resolve: false });
    return writeNotice(tx, ctx, actor, p);
  });
}
