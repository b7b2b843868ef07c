import type { SchoolDbOrTx } from '../../../../db/client';
import { macauTime } from '../../lib/clock';
import type { ServiceContext } from '../../lib/context';
import type { Locale } from '../../lib/i18n';
import { enqueueMessages } from '../../messages/enqueue';
import { deliveryTime } from '../../notices/quiet-hours';
import { type Recipient, recipientsOf } from '../grading/score-messages';

/**
 * The messages of 發佈 (HW-06: the students are told) and 提醒 (those who have not submitted).
 * A student with their own member is told themself, else their guardians, in their language;
 * `source: 'homework'`, `refType: 'homework'`, `refId` the assignment. Quiet hours hold them.
 */

export type AssignmentNotice = 'published' | 'remind';

const TITLES: Record<AssignmentNotice, Record<Locale, string>> = {
  published: { 'zh-Hant': '新作業', en: 'New homework', pt: 'Novo trabalho de casa' },
  remind: { 'zh-Hant': '作業提醒：請盡快提交', en: 'Reminder: please hand in the homework', pt: 'Lembrete: entregue o trabalho de casa' },
};
const DEADLINE: Record<Locale, string> = { 'zh-Hant': '截止時間', en: 'Deadline', pt: 'Prazo' };


/** What the messages say of an assignment. */
export interface AssignmentText {
  id: string;
  title: string;
  deadline: Date | null;
}

/**
 * Enqueues one message per recipient of each student in the caller's transaction; `keyOf`
 * names the occurrence per student (`homework:<id>:published:<studentId>` …), so a repeated
 * publish, remind or job run never sends twice. Returns how many were new.
 */
export async function notifyStudents(
  tx: SchoolDbOrTx,
  ctx: ServiceContext,
  a: AssignmentText,
  studentIds: readonly string[],
  kind: AssignmentNotice,
  keyOf: (studentId: string) => string,
): Promise<number> {
  if (studentIds.length === 0) return 0;
  const recipients = await recipientsOf(tx, studentIds);
  const deliverAfter = await deliveryTime(tx, ctx.clock.now(), false);
  return enqueueMessages(
    tx,
    ctx,
    recipients.map((r: Recipient) => ({
      memberId: r.memberId,
      dedupeKey: keyOf(r.studentId),
      source: 'homework',
      title: `【${r.studentName}】${TITLES[kind][r.locale]}：${a.title}`.slice(0, 300),
      body: a.deadline ? `${DEADLINE[r.locale]}：${macauTime(a.deadline)}` : '',
      refType: 'homework',
      refId: a.id,
      deliverAfter,
    })),
  );
}
