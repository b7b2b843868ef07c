import { and, eq, like } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alumniMoves, auditLog, b01Updates, guardians, memberDepartments, members, messages, students } from '../db/schema';
import { seedSchool, type SchoolFixture } from '../api/src/home-school/fixture';
import { DAY } from '../api/src/lib/clock';
import { newId } from '../api/src/lib/ids';
import { insertMember } from '../api/src/members/insert-member';
import { NEXT_YEAR, placement, promotionBureau, syncYear } from '../api/src/promotion/test-school';
import type { Agent } from '../api/src/test/agent';
import { createTestEnv, type TestEnv } from '../api/src/test/harness';
import promotionAlumni from './promotion-alumni';
import { runJobs } from './runner';

/**
 * PRM-06 / X-04: a week after the new year's B08 sync without a B01 update, the subscribed
 * students missing from the current JSON become alumni; the leavers of 初三 … 高三 are invited
 * to 教青社區 — each student once, however often (or concurrently) the job runs.
 */

let env: TestEnv;
let f: SchoolFixture;
let admin: Agent;
let syncedAt: number;

/** A subscribed student of a class: the student's own account (本人) or a parent. */
async function student(name: string, cls: string, card: string, who: 'self' | 'parent' | 'none', phone: string) {
  const { db } = await env.ctx('B-888');
  const now = env.clock.now();
  const id = newId();
  const memberId = who === 'none' ? null : await insertMember(db, { kind: who === 'self' ? 'student' : 'parent', name, phone }, now);
  await db.insert(students).values({ id, name, educationId: card, classId: f.hs.classes[cls], memberId: who === 'self' ? memberId : null, createdAt: now, updatedAt: now });
  if (memberId) await db.insert(guardians).values({ studentId: id, memberId, relation: who === 'self' ? '本人' : '媽媽', createdAt: now });
  return { id, memberId };
}

const record = (educationId: string, name: string, gradeCode: string, className: string) => ({ educationId, name, gradeCode, className });

beforeEach(async () => {
  env = await createTestEnv({ bureau: promotionBureau() });
  f = await seedSchool(env, 'B-888');
  await seedSchool(env, 'C-001');
  admin = env.agent('B-888');
  await admin.signIn('super', 'password5');
  await student('高三生', '高三甲班', '0918374-3', 'self', '66400001');
  await student('初三生', '初三乙班', '1257913-2', 'parent', '66400002');
  await student('小五生', '小五甲班', '1684027-3', 'parent', '66400003');
  await student('未訂閱生', '小五乙班', '1592846-0', 'none', '');
  syncedAt = env.clock.now().getTime();
  await syncYear(admin, f, NEXT_YEAR);
  // the current JSON lists two of the demo families only
  env.clock.advance(DAY);
  admin = env.agent('B-888');
  await admin.signIn('super', 'password5');
  const up = await admin.post('promotion/b01/upload', {
    form: 'DSEDJ-B01',
    schoolCode: 'B-888',
    schoolYear: NEXT_YEAR,
    students: [record('1234567-1', '黃小明', 'P4', '小四甲班'), record('1234567-2', '陳嘉欣', 'P4', '小四乙班'), record('1684027-3', '小五生', 'P6', '小六甲班')],
  });
  expect(up.status).toBe(201);
});
afterEach(() => env.close());

const run = (at: number) => runJobs(env.deps, new Date(at), [promotionAlumni], { force: true });

describe('PRM-06 the alumni rule', () => {
  it('PRM-06 does nothing within the week after the B08 sync', async () => {
    const before = await placement(env);
    env.clock.set(new Date(syncedAt + 7 * DAY - 60_000));
    await run(env.clock.now().getTime());
    expect(await placement(env)).toEqual(before);
  });

  it('PRM-06 X-04 after a week: missing subscribed students become alumni, J3–S3 leavers invited once; twice and overlapping change nothing more', async () => {
    env.clock.set(new Date(syncedAt + 7 * DAY));
    const results = (await Promise.all([run(env.clock.now().getTime()), run(env.clock.now().getTime())])).flat();
    expect(results.filter((r) => r.school === 'B-888' && r.status === 'done').length).toBeGreaterThanOrEqual(1);
    const where = await placement(env);
    expect(where).toMatchObject({ 高三生: 'alumni', 初三生: 'alumni', 陳嘉豪: 'alumni', 林子軒: 'alumni', 吳思穎: 'alumni' });
    // in the JSON, or nobody subscribed them: left as they are
    expect(where).toMatchObject({ 黃小明: '小三甲班 2026/2027', 小五生: '小五甲班 2026/2027', 未訂閱生: '小五乙班 2026/2027' });

    const { db } = await env.ctx('B-888');
    const invites = await db.select({ memberId: messages.memberId, title: messages.title }).from(messages).where(like(messages.dedupeKey, 'promotion:community:%')).all();
    const self = await db.select({ id: members.id }).from(members).where(eq(members.phone, '66400001')).get();
    const parent = await db.select({ id: members.id }).from(members).where(eq(members.phone, '66400002')).get();
    expect(invites.map((i) => i.memberId).sort()).toEqual([self?.id, parent?.id].sort());
    expect(invites.every((i) => i.title === '邀請加入教青社區')).toBe(true);
    // the student's own account joins the 校友 department
    expect(await db.$count(memberDepartments, eq(memberDepartments.memberId, self?.id ?? ''))).toBe(1);
    expect(await db.$count(alumniMoves)).toBe(5);
    const log = await db.select().from(b01Updates).where(eq(b01Updates.kind, 'alumni')).all();
    expect(log).toEqual([expect.objectContaining({ byName: '系統自動', counts: { moved: 5, invited: 2 } })]);

    env.clock.advance(DAY);
    await run(env.clock.now().getTime());
    expect(await db.$count(messages, like(messages.dedupeKey, 'promotion:community:%'))).toBe(2);
    expect(await db.$count(b01Updates, eq(b01Updates.kind, 'alumni'))).toBe(1);
    expect(await db.$count(auditLog, eq(auditLog.action, 'promotion.alumni'))).toBe(1);
  });

  it('PRM-06 a school that applied its B01 update in the week is left alone; the due job runs on its cron', async () => {
    const upload = (await admin.get('promotion/b01/preview')).body.upload.id;
    expect((await admin.post('promotion/b01/apply', { uploadId: upload })).status).toBe(200);
    const before = await placement(env);
    // 04:30 in Macao is 20:30 UTC the day before
    const due = new Date(syncedAt + 8 * DAY);
    due.setUTCHours(20, 30, 0, 0);
    env.clock.set(due);
    const results = await runJobs(env.deps, due, [promotionAlumni]);
    expect(results.find((r) => r.school === 'B-888')?.status).toBe('done');
    expect(await placement(env)).toEqual(before);
    const { db } = await env.ctx('B-888');
    expect(await db.$count(students, and(eq(students.status, 'alumni')))).toBe(0);
  });
});
