import type { ServiceContext } from '../lib/context';
import { requireNoticeUser } from './access';
import { prepareNotice } from './prepare-notice';
import { deliveryTime } from './quiet-hours';
import type { RecipientRow } from './recipients';
import type { NoticeInput } from './schemas';

/** 提交 → 確認: what the sender confirms before the notice goes. */
export interface NoticeSummary {
  /** Receipts: one per recipient member per student. */
  recipients: number;
  /** Students addressed, and how many of them have someone to receive it. */
  students: number;
  reachedStudents: number;
  /** Distinct parents, and students' own accounts, reached. */
  parents: number;
  studentAccounts: number;
  byClass: { classId: string | null; className: string; students: number; recipients: number }[];
  cc: number;
  hasForm: boolean;
  /** When it is sent (now, or the scheduled time) and when it reaches parents and students. */
  sendAt: string;
  deliverAt: string;
  /** The school's quiet hours hold it until `deliverAt`. */
  heldByQuietHours: boolean;
}

function countByClass(rows: RecipientRow[]) {
  const by = new Map<string, { classId: string | null; className: string; students: Set<string>; recipients: number }>();
  for (const r of rows) {
    const key = r.classId ?? '';
    const entry = by.get(key) ?? { classId: r.classId, className: r.className, students: new Set<string>(), recipients: 0 };
    entry.students.add(r.studentId);
    entry.recipients++;
    by.set(key, entry);
  }
  return [...by.values()].map((e) => ({ classId: e.classId, className: e.className, students: e.students.size, recipients: e.recipients }));
}

/** N-01 the summary before sending: checks everything sending checks, writes nothing. */
export async function previewNotice(ctx: ServiceContext, input: NoticeInput): Promise<NoticeSummary> {
  const actor = requireNoticeUser(ctx.actor);
  const p = await prepareNotice(ctx.db, ctx, actor, input);
  const sendAt = p.scheduledAt ?? ctx.clock.now();
  const deliverAt = await deliveryTime(ctx.db, sendAt, p.urgent);
  const members = (kind: 'parent' | 'student') => new Set(p.rows.filter((r) => r.kind === kind).map((r) => r.memberId)).size;
  return {
    recipients: p.rows.length,
    students: p.students,
    reachedStudents: new Set(p.rows.map((r) => r.studentId)).size,
    parents: members('parent'),
    studentAccounts: members('student'),
    byClass: countByClass(p.rows),
    cc: p.ccIds.length,
    hasForm: p.questions.length > 0,
    sendAt: sendAt.toISOString(),
    deliverAt: deliverAt.toISOString(),
    heldByQuietHours: deliverAt.getTime() > sendAt.getTime(),
  };
}
