import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, guardians, messages, noticeRecipients, notices, students } from '../db/schema';
import { MINUTE } from '../api/src/lib/clock';
import { newId } from '../api/src/lib/ids';
import { cls, type NoticeWorld, noticeBody, noticeWorld, send } from '../api/src/notices/fixture';
import { sendDueNotices } from '../api/src/notices/send-scheduled';
import { runJobs } from './runner';
import job from './send-scheduled-notices';

/** N-01 定時發送 by the job: exactly once, however often and however overlapping it runs. */

let w: NoticeWorld;
beforeAll(async () => {
  w = await noticeWorld();
});
afterAll(() => w.env.close());

const db = async () => (await w.env.ctx('A-001')).db;
const inHour = () => new Date(w.env.clock.now().getTime() + 60 * MINUTE).toISOString();

describe('send-scheduled-notices', () => {
  it('N-01 X-04 a scheduled notice waits, then is sent once though the job runs twice and overlapping', async () => {
    const id = await send(w.agents.teacher, noticeBody(w.A, { settings: { scheduledAt: inHour() }, ccMemberIds: [w.A.members.zhang] }));
    expect((await w.agents.teacher.get(`notices/${id}`)).body).toMatchObject({ status: 'scheduled', counts: { recipients: 0 } });
    // a student joining the class before the time is included: recipients are resolved when it goes
    const now = w.env.clock.now();
    const late = newId();
    await (await db()).insert(students).values({ id: late, name: '新同學', classId: cls(w.A), createdAt: now, updatedAt: now });
    await (await db()).insert(guardians).values({ studentId: late, memberId: w.A.members.parents['66000104'], relation: '媽媽', createdAt: now });

    await runJobs(w.env.deps, w.env.clock.now(), [job], { force: true });
    expect(await (await db()).$count(noticeRecipients, eq(noticeRecipients.noticeId, id))).toBe(0);

    w.env.clock.advance(61 * MINUTE);
    const at = w.env.clock.now();
    // two sends racing past the runner's lock (e.g. Bun and a Worker on one database): one wins
    const ctx = await w.env.ctx('A-001');
    const raced = await Promise.all([sendDueNotices(ctx), sendDueNotices(ctx)]);
    expect(raced.map((r) => r.notices).sort()).toEqual([0, 1]);
    // and the job itself, overlapping and again the next minute: nothing more
    const results = (await Promise.all([runJobs(w.env.deps, at, [job], { force: true }), runJobs(w.env.deps, at, [job], { force: true })])).flat();
    expect(results.filter((r) => r.status === 'failed')).toEqual([]);
    await runJobs(w.env.deps, new Date(at.getTime() + MINUTE), [job]);

    const row = await (await db()).select().from(notices).where(eq(notices.id, id)).get();
    expect(row).toMatchObject({ status: 'sent', recipientCount: 3, sentAt: at });
    expect(await (await db()).$count(noticeRecipients, eq(noticeRecipients.noticeId, id))).toBe(3);
    const sent = await (await db()).select().from(messages).where(like(messages.dedupeKey, `notice:${id}:%`)).all();
    expect(sent.map((m) => m.dedupeKey).sort()).toEqual(
      [`notice:${id}:cc`, ...[w.A.hs.students['黃小明'], w.A.hs.students['陳嘉欣'], late].map((s) => `notice:${id}:send:${s}`)].sort(),
    );
    const audit = await (await db()).select().from(auditLog).where(eq(auditLog.targetId, id)).all();
    expect(audit.map((a) => [a.action, a.actorName])).toEqual([
      ['notice.schedule', '李老師'],
      ['notice.send', '系統自動'],
    ]);
    expect((await w.agents.teacher.get(`notices/${id}`)).body.sends).toHaveLength(1);
  });

  it('N-06 a scheduled notice recalled before its time is never sent', async () => {
    await w.agents.teacher.signIn('teacher', 'password2');
    const id = await send(w.agents.teacher, noticeBody(w.A, { settings: { scheduledAt: inHour() } }));
    expect((await w.agents.teacher.post(`notices/${id}/recall`)).body.status).toBe('recalled');
    w.env.clock.advance(2 * 60 * MINUTE);
    await runJobs(w.env.deps, w.env.clock.now(), [job], { force: true });
    expect(await (await db()).$count(noticeRecipients, eq(noticeRecipients.noticeId, id))).toBe(0);
    expect(await (await db()).$count(messages, and(like(messages.dedupeKey, `notice:${id}:%`)))).toBe(0);
  });
});
