import type { files, NoticeQuestion } from '../../../db/schema';
import type { Locale } from '../lib/i18n';
import type { NoticeRow, ReceiptRow } from './access';
import { textOf } from '../lib/sanitize-html';
import type { NoticeInput } from './schemas';
import { localesOf, pick, questionInputs, versionFor } from './versions';

/** Row → public shape, for the sender's screens and the recipients' phones. */

export type Counts = { recipients: number; read: number; confirmed: number; answered: number };
const NO_COUNTS: Counts = { recipients: 0, read: 0, confirmed: 0, answered: 0 };
const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

export const presentFile = (f: typeof files.$inferSelect) => ({ id: f.id, name: f.name, size: f.size, contentType: f.contentType });
export type FileInfo = ReturnType<typeof presentFile>;

/** N-02 a line of the lists: `hasForm` picks icon a or b; `closed` marks 已關閉. */
export function presentListItem(n: NoticeRow, counts: Counts = NO_COUNTS) {
  return {
    id: n.id,
    title: n.title,
    sender: { id: n.senderId, name: n.senderName },
    status: n.status,
    closed: n.closedAt !== null,
    hasForm: n.questionCount > 0,
    requireConfirm: n.requireConfirm,
    urgent: n.urgent,
    scheduledAt: iso(n.scheduledAt),
    sentAt: iso(n.sentAt),
    closedAt: iso(n.closedAt),
    recalledAt: iso(n.recalledAt),
    createdAt: n.createdAt.toISOString(),
    counts,
  };
}

/** A question as one language shows it. */
export function presentQuestion(q: NoticeQuestion, locale: Locale) {
  return {
    id: q.id,
    type: q.type,
    required: q.required,
    text: pick(q.text, locale),
    ...(q.options ? { options: q.options.map((o) => ({ id: o.id, text: pick(o.text, locale) })) } : {}),
    ...(q.blanks !== undefined ? { blanks: q.blanks } : {}),
    ...(q.maxFiles !== undefined ? { maxFiles: q.maxFiles } : {}),
  };
}

/** A recipient of a notice as the sender's delivery list shows it (N-03). */
export function presentRecipient(r: ReceiptRow & { memberName: string; delivery: string | null }) {
  return {
    id: r.id,
    student: { id: r.studentId, name: r.studentName },
    class: { id: r.classId, name: r.className },
    member: { id: r.memberId, name: r.memberName, kind: r.kind, relation: r.relation },
    deliverAt: r.deliverAt.toISOString(),
    /** The outbox row of the first send: pending, sending, sent, failed, skipped (in-app only). */
    delivery: r.delivery,
    readAt: iso(r.readAt),
    confirmedAt: iso(r.confirmedAt),
    answeredAt: iso(r.answeredAt),
    answers: r.answers ?? null,
    answerLocale: r.answerLocale,
  };
}

/** The receipt and notice columns the recipients' screens show (see receipt-read.ts). */
export type InboxReceipt = Pick<ReceiptRow, 'id' | 'studentId' | 'studentName' | 'deliverAt' | 'readAt' | 'confirmedAt' | 'answeredAt' | 'answersUpdatedAt' | 'answers'>;
export type InboxNoticeRow = Pick<
  NoticeRow,
  'id' | 'senderName' | 'title' | 'content' | 'translations' | 'questions' | 'questionCount' | 'requireConfirm' | 'urgent' | 'closedAt'
>;

/** A line of a parent's or student's notice list (N-09: by student name). */
export function presentInboxItem(r: InboxReceipt, n: InboxNoticeRow, locale: Locale) {
  const v = versionFor(n, locale);
  return {
    id: r.id,
    noticeId: n.id,
    student: { id: r.studentId, name: r.studentName },
    title: v.title,
    summary: textOf(v.content, 120),
    locale: v.locale,
    sender: n.senderName,
    sentAt: r.deliverAt.toISOString(),
    hasForm: n.questionCount > 0,
    requireConfirm: n.requireConfirm,
    urgent: n.urgent,
    closed: n.closedAt !== null,
    readAt: iso(r.readAt),
    confirmedAt: iso(r.confirmedAt),
    answeredAt: iso(r.answeredAt),
  };
}

/** The notice as its recipient reads it, in their language, with their answers. */
export function presentInboxNotice(r: InboxReceipt, n: InboxNoticeRow, locale: Locale, attachments: FileInfo[], answerFiles: FileInfo[]) {
  const item = presentInboxItem(r, n, locale);
  return {
    ...item,
    content: versionFor(n, locale).content,
    locales: localesOf(n),
    attachments,
    questions: n.questions.map((q) => presentQuestion(q, item.locale)),
    answers: r.answers ?? {},
    answerFiles,
    answersUpdatedAt: iso(r.answersUpdatedAt),
  };
}

/** N-05 複製: the compose shape with title, content and questions; recipients left empty. */
export function presentDraft(n: NoticeRow, attachmentIds: string[]): NoticeInput {
  return {
    title: n.title,
    content: n.content,
    translations: n.translations,
    questions: questionInputs(n.questions),
    attachmentIds,
    recipients: { wholeSchool: false, classIds: [], studentIds: [], audience: n.audience },
    ccMemberIds: [],
    settings: { autoCcSender: n.autoCcSender, requireConfirm: n.requireConfirm, urgent: n.urgent },
  };
}
