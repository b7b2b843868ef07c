import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, hwAssignments, hwSubmissions } from '../db/schema';
import { publishDueAssignments } from '../api/src/homework/assignments/publish-assignment';
import { remindDueAssignments } from '../api/src/homework/assignments/remind-assignment';
import { createAssignment, createHomeworkWorld, type HomeworkWorld, messagesAbout, submitRight } from '../api/src/homework/fixture';
import { MINUTE } from '../api/src/lib/clock';
import reminders from './homework-reminders';
import scheduledSend from './homework-scheduled-send';
import { jobs } from './index';
import { runJobs } from './runner';

/** HW-05 定時發送 and 提醒時間 by the jobs: each exactly once, however often and overlapping they run. */

let w: HomeworkWorld;
beforeAll(async () => {
  w = await createHomeworkWorld();
});
afterAll(() => w.close());

const A = () => w.A;
const db = async () => (await w.env.ctx('A-001')).db;
const inMinutes = (m: number) => new Date(w.env.clock.now().getTime() + m * MINUTE).toISOString();
const row = async (id: string) => (await db()).select().from(hwAssignments).where(eq(hwAssignments.id, id)).get();
const keys = async (id: string, part: string) =>
  (await messagesAbout(w.env, A(), id))
    .map((m) => m.key)
    .filter((k) => k.includes(part))
    .sort();

it('both jobs are listed', () => {
  expect(jobs.map((j) => j.id)).toEqual(expect.arrayContaining(['homework-scheduled-send', 'homework-reminders']));
});

describe('homework-scheduled-send', () => {
  it('HW-05 X-04 a scheduled draft waits for its time, then is published once though the job runs twice and overlapping', async () => {
    const id = await createAssignment(w.env, A(), { publish: false, scheduledAt: inMinutes(60) });
    await runJobs(w.env.deps, w.env.clock.now(), [scheduledSend], { force: true });
    expect((await row(id))?.status).toBe('draft');
    expect(await (await db()).$count(hwSubmissions, eq(hwSubmissions.assignmentId, id))).toBe(0);

    w.env.clock.advance(61 * MINUTE);
    const at = w.env.clock.now();
    const ctx = await w.env.ctx('A-001');
    const raced = await Promise.all([publishDueAssignments(ctx), publishDueAssignments(ctx)]);
    expect(raced.map((r) => r.assignments).sort()).toEqual([0, 1]);
    const results = (await Promise.all([runJobs(w.env.deps, at, [scheduledSend], { force: true }), runJobs(w.env.deps, at, [scheduledSend], { force: true })])).flat();
    expect(results.filter((r) => r.status === 'failed')).toEqual([]);
    await runJobs(w.env.deps, new Date(at.getTime() + MINUTE), [scheduledSend]);

    expect(await row(id)).toMatchObject({ status: 'published', publishedAt: at });
    expect(await (await db()).$count(hwSubmissions, eq(hwSubmissions.assignmentId, id))).toBe(4);
    const st = A().students;
    expect(await keys(id, ':published:')).toEqual([st.huang, st.chan, st.lam, st.ng].map((s) => `homework:${id}:published:${s}`).sort());
    const audit = await (await db()).select().from(auditLog).where(eq(auditLog.targetId, id)).orderBy(asc(auditLog.at)).all();
    expect(audit.map((a) => [a.action, a.actorName])).toEqual([
      ['homework.create', '李老師'],
      ['homework.publish', '系統自動'],
    ]);
  });

  it('a draft published by hand, deleted, or moved later is not sent at its old time', async () => {
    const byHand = await createAssignment(w.env, A(), { publish: false, scheduledAt: inMinutes(30) });
    const deleted = await createAssignment(w.env, A(), { publish: false, scheduledAt: inMinutes(30) });
    const moved = await createAssignment(w.env, A(), { publish: false, scheduledAt: inMinutes(30) });
    await A().as.teacher.post(`homework/assignments/${byHand}/publish`);
    await A().as.teacher.delete(`homework/assignments/${deleted}`);
    await A().as.teacher.patch(`homework/assignments/${moved}`, { scheduledAt: inMinutes(90) });
    w.env.clock.advance(31 * MINUTE);
    await runJobs(w.env.deps, w.env.clock.now(), [scheduledSend], { force: true });
    expect((await keys(byHand, ':published:')).length).toBe(4);
    expect(await row(deleted)).toBeUndefined();
    expect(await messagesAbout(w.env, A(), deleted)).toEqual([]);
    expect((await row(moved))?.status).toBe('draft');
    w.env.clock.advance(60 * MINUTE);
    await runJobs(w.env.deps, w.env.clock.now(), [scheduledSend], { force: true });
    expect((await row(moved))?.status).toBe('published');
    const audit = await (await db()).select().from(auditLog).where(eq(auditLog.targetId, byHand)).all();
    expect(audit.filter((a) => a.action === 'homework.publish')).toHaveLength(1);
  });
});

describe('homework-reminders', () => {
  it('HW-05 X-04 at the reminder time those who have not submitted are reminded once, however the job runs', async () => {
    await A().as.teacher.signIn('teacher', 'password2');
    const id = await createAssignment(w.env, A(), { remindAt: inMinutes(60), deadline: inMinutes(180) });
    await submitRight(A(), id);
    await runJobs(w.env.deps, w.env.clock.now(), [reminders], { force: true });
    expect(await keys(id, ':remind-at:')).toEqual([]);

    w.env.clock.advance(61 * MINUTE);
    const at = w.env.clock.now();
    const ctx = await w.env.ctx('A-001');
    const raced = await Promise.all([remindDueAssignments(ctx), remindDueAssignments(ctx)]);
    expect(raced.map((r) => r.assignments).sort()).toEqual([0, 1]);
    await Promise.all([runJobs(w.env.deps, at, [reminders], { force: true }), runJobs(w.env.deps, at, [reminders], { force: true })]);
    await runJobs(w.env.deps, new Date(at.getTime() + MINUTE), [reminders]);

    const remindAt = (await row(id))?.remindAt?.getTime();
    const st = A().students;
    expect(await keys(id, ':remind-at:')).toEqual([st.chan, st.lam, st.ng].map((s) => `homework:${id}:remind-at:${remindAt}:${s}`).sort());
    expect((await row(id))?.remindedAt).toEqual(at);

    // a new reminder time reminds again, once
    await A().as.teacher.patch(`homework/assignments/${id}`, { remindAt: inMinutes(30) });
    w.env.clock.advance(31 * MINUTE);
    await runJobs(w.env.deps, w.env.clock.now(), [reminders], { force: true });
    await runJobs(w.env.deps, w.env.clock.now(), [reminders], { force: true });
    expect(await keys(id, ':remind-at:')).toHaveLength(6);
  });

  it('a closed homework, a draft, and a reminder time already past at publishing are not reminded by the job', async () => {
    await A().as.teacher.signIn('teacher', 'password2');
    const closed = await createAssignment(w.env, A(), { remindAt: inMinutes(10) });
    await A().as.teacher.post(`homework/assignments/${closed}/close`);
    const draft = await createAssignment(w.env, A(), { publish: false, remindAt: inMinutes(10) });
    const late = await createAssignment(w.env, A(), { publish: false, remindAt: inMinutes(5) });
    w.env.clock.advance(11 * MINUTE);
    await A().as.teacher.post(`homework/assignments/${late}/publish`);
    await runJobs(w.env.deps, w.env.clock.now(), [reminders], { force: true });
    for (const id of [closed, draft, late]) expect(await keys(id, ':remind')).toEqual([]);
    expect((await keys(late, ':published:')).length).toBe(4);
  });
});
