import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announcementRecipients, announcements, auditLog, messages } from '../db/schema';
import { type AnnouncementWorld, announcementBody, announcementWorld } from '../api/src/announcements/fixture';
import { sendDueAnnouncements } from '../api/src/announcements/send-scheduled';
import { MINUTE } from '../api/src/lib/clock';
import { runJobs } from './runner';
import job from './send-scheduled-announcements';

/** ANN-01 定時發送 by the job: exactly once. */

let w: AnnouncementWorld;
beforeAll(async () => {
  w = await announcementWorld();
});
afterAll(() => w.env.close());

const db = async () => (await w.env.ctx('A-001')).db;

describe('send-scheduled-announcements', () => {
  it('ANN-01 X-04 a scheduled announcement is sent once at its time, however the job runs', async () => {
    const p = w.places['A-001'];
    const scheduledAt = new Date(w.env.clock.now().getTime() + 30 * MINUTE).toISOString();
    const res = await w.agents.super.post('announcements', announcementBody(p, { action: 'schedule', scheduledAt }));
    expect(res.body.status).toBe('scheduled');
    const id = res.body.id;
    await runJobs(w.env.deps, w.env.clock.now(), [job], { force: true });
    expect(await (await db()).$count(messages, eq(messages.refId, id))).toBe(0);

    w.env.clock.advance(31 * MINUTE);
    const ctx = await w.env.ctx('A-001');
    const raced = await Promise.all([sendDueAnnouncements(ctx), sendDueAnnouncements(ctx)]);
    expect(raced.map((r) => r.announcements).sort()).toEqual([0, 1]);
    const at = w.env.clock.now();
    await Promise.all([runJobs(w.env.deps, at, [job], { force: true }), runJobs(w.env.deps, at, [job], { force: true })]);
    await runJobs(w.env.deps, new Date(at.getTime() + MINUTE), [job]);

    expect(await (await db()).select({ status: announcements.status }).from(announcements).where(eq(announcements.id, id)).get()).toEqual({ status: 'sent' });
    expect(await (await db()).$count(announcementRecipients, eq(announcementRecipients.announcementId, id))).toBe(2);
    expect(await (await db()).$count(messages, eq(messages.refId, id))).toBe(2);
    const audit = await (await db()).select().from(auditLog).where(eq(auditLog.targetId, id)).all();
    expect(audit.map((a) => [a.action, a.actorName])).toEqual([
      ['announcement.schedule', '超管'],
      ['announcement.send', '系統自動'],
    ]);
  });
});
