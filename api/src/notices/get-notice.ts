import { asc, count, eq, inArray } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { classes, files, members, noticeRecipients, noticeSends, students } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { readableNotice } from './access';
import { canManageNotice, recallRefusal } from './policy';
import { type Counts, presentFile, presentListItem } from './presenter';
import { localesOf } from './versions';

/** Files by id, in the order given (missing ones left out). */
export async function filesIn(db: SchoolDbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db.select().from(files).where(inArray(files.id, ids)).all();
  return ids.flatMap((id) => rows.filter((f) => f.id === id).map(presentFile));
}

async function names<T extends { id: string; name: string }>(query: () => Promise<T[]>, ids: string[]) {
  return ids.length === 0 ? [] : query();
}

/**
 * N-03 a notice's detail for its sender, CC'd staff and the app's admins: content in every
 * language, the form, recipients as chosen, send settings, delivery counts by class, and the
 * send records (查看詳情) — the first send and every 再次提醒.
 */
export async function getNotice(ctx: ServiceContext, id: string) {
  const { notice: n, ccIds } = await readableNotice(ctx.db, ctx.actor, id);
  const db = ctx.db;
  const [attachments, byClass, sends, classRows, studentRows, ccRows] = await Promise.all([
    filesIn(db, n.attachmentIds),
    db
      .select({
        classId: noticeRecipients.classId,
        className: noticeRecipients.className,
        recipients: count(),
        read: count(noticeRecipients.readAt),
        confirmed: count(noticeRecipients.confirmedAt),
        answered: count(noticeRecipients.answeredAt),
      })
      .from(noticeRecipients)
      .where(eq(noticeRecipients.noticeId, id))
      .groupBy(noticeRecipients.classId, noticeRecipients.className)
      .orderBy(asc(noticeRecipients.className))
      .all(),
    db.select().from(noticeSends).where(eq(noticeSends.noticeId, id)).orderBy(asc(noticeSends.at), asc(noticeSends.number)).all(),
    names(() => db.select({ id: classes.id, name: classes.name }).from(classes).where(inArray(classes.id, n.targets.classIds)).all(), n.targets.classIds),
    names(() => db.select({ id: students.id, name: students.name }).from(students).where(inArray(students.id, n.targets.studentIds)).all(), n.targets.studentIds),
    names(() => db.select({ id: members.id, name: members.name }).from(members).where(inArray(members.id, ccIds)).all(), ccIds),
  ]);
  const totals = byClass.reduce<Counts>(
    (t, c) => ({ recipients: t.recipients + c.recipients, read: t.read + c.read, confirmed: t.confirmed + c.confirmed, answered: t.answered + c.answered }),
    { recipients: 0, read: 0, confirmed: 0, answered: 0 },
  );
  const manage = canManageNotice(ctx.actor, { senderId: n.senderId, ccIds });
  const live = n.status === 'sent' && n.closedAt === null;
  return {
    ...presentListItem(n, totals),
    content: n.content,
    translations: n.translations,
    locales: localesOf(n),
    // every language of each question and choice (stored form: ids q1…, o1…)
    questions: n.questions,
    attachments,
    audience: n.audience,
    targets: { wholeSchool: n.targets.wholeSchool, classes: classRows, students: studentRows },
    cc: ccRows,
    settings: { autoCcSender: n.autoCcSender, requireConfirm: n.requireConfirm, urgent: n.urgent, scheduledAt: n.scheduledAt?.toISOString() ?? null },
    byClass,
    sends: sends.map((s) => ({
      kind: s.kind,
      number: s.number,
      at: s.at.toISOString(),
      by: s.byName,
      recipients: s.recipients,
      deliverAfter: s.deliverAfter?.toISOString() ?? null,
    })),
    can: {
      recall: manage && recallRefusal(n, ctx.clock.now()) === null,
      close: manage && live,
      remind: manage && live,
    },
  };
}
