import { and, eq, isNull } from 'drizzle-orm';
import * as v from 'valibot';
import type { SchoolDbOrTx } from '../client';
import { announcements, departments } from '../schema';
import { dispatchAnnouncement } from '../../api/src/announcements/dispatch-announcement';
import { resolveRange } from '../../api/src/announcements/range';
import type { Actor, ServiceContext } from '../../api/src/lib/context';
import { newId } from '../../api/src/lib/ids';
import { textOf } from '../../api/src/lib/sanitize-html';
import { writeNotice } from '../../api/src/notices/create-notice';
import { prepareNotice } from '../../api/src/notices/prepare-notice';
import { NoticeBody } from '../../api/src/notices/schemas';

const staff = (memberId: string, name: string, adminRole: Actor['adminRole']): Actor => ({
  memberId,
  name,
  kind: 'staff',
  adminRole,
  isTeacher: true,
  isStaff: adminRole !== null,
  scope: { departmentIds: [], classIds: [], apps: [] },
});

/**
 * The demo school's notices and announcement, sent through the same code as the API (the
 * recipients, the messages in 消息提醒, the audit): 李老師's 家長會通知 to 小三甲班 (confirmation
 * required) and 秋季旅行回條 with a two-question form (parents and students, English version
 * too); the principal's 颱風停課安排 to the whole school; and an announcement 年級大會 to all
 * staff. Runs in the seed's transaction, after the departments and home-school contacts;
 * quiet hours are ignored so the demo shows them whatever the hour.
 */
export async function seedDemoNotices(
  tx: SchoolDbOrTx,
  ctx: ServiceContext,
  ids: { admin: { id: string; name: string }; teacher: { id: string; name: string }; classes: Record<string, string> },
): Promise<void> {
  const now = ctx.clock.now();
  const teacher = staff(ids.teacher.id, ids.teacher.name, null);
  const principal = staff(ids.admin.id, ids.admin.name, 'creator');
  const p3a = ids.classes['小三甲班'];
  const notices: [Actor, unknown][] = [
    [
      teacher,
      {
        title: '家長會通知',
        content: '<p>各位家長：本學期家長會將於 12 月 5 日（星期五）晚上 7 時在禮堂舉行，請準時出席。</p>',
        recipients: { classIds: [p3a], audience: 'parents' },
        settings: { requireConfirm: true, autoCcSender: true },
      },
    ],
    [
      teacher,
      {
        title: '秋季旅行回條',
        content: '<p>秋季旅行將於 12 月 12 日前往路環黑沙海灘，請填寫回條。</p>',
        translations: { en: { title: 'Autumn outing reply slip', content: '<p>The autumn outing to Hac Sá Beach is on 12 December. Please reply.</p>' } },
        questions: [
          { type: 'single', text: '子女是否參加？', translations: { en: 'Will your child join?' }, required: true, options: [{ text: '參加', translations: { en: 'Yes' } }, { text: '不參加', translations: { en: 'No' } }] },
          { type: 'short', text: '飲食或健康注意事項', translations: { en: 'Diet or health notes' } },
        ],
        recipients: { classIds: [p3a], audience: 'both' },
      },
    ],
    [
      principal,
      {
        title: '颱風停課安排',
        content: '<p>如教青局宣佈停課，本校當日停課，請留意學校通知。</p>',
        recipients: { wholeSchool: true, audience: 'both' },
        settings: { urgent: true },
      },
    ],
  ];
  for (const [sender, raw] of notices) {
    const prepared = await prepareNotice(tx, { ...ctx, actor: sender }, sender, v.parse(NoticeBody, raw));
    await writeNotice(tx, { ...ctx, actor: sender }, sender, prepared, { deliverAt: now });
  }

  const root = await tx.select({ id: departments.id }).from(departments).where(and(isNull(departments.parentId), eq(departments.kind, 'normal'))).get();
  if (!root) return;
  const range = { departmentIds: [root.id], memberIds: [], tagIds: [] };
  const body = '<p>明天下午 14:00，在學術中心 2 樓大會議室舉行年級大會，望各位老師準時參加。請提前 15 分鐘入場就坐，謝謝各位配合！</p>';
  const [row] = await tx
    .insert(announcements)
    .values({
      id: newId(now.getTime()),
      createdBy: principal.memberId,
      author: principal.name,
      title: '年級大會',
      body,
      summary: textOf(body, 120),
      attachmentIds: [],
      share: 'internal',
      range,
      status: 'draft',
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await dispatchAnnouncement(tx, { ...ctx, actor: principal }, row, await resolveRange(tx, range), now);
}
