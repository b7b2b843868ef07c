import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announcementRecipients, members, noticeRecipients, notices } from '../../../db/schema';
import { seedDemoDepartments } from '../../../db/seed/demo-departments';
import { seedDemoHomeSchool } from '../../../db/seed/demo-home-school';
import { seedDemoNotices } from '../../../db/seed/demo-notices';
import { createTestEnv, type TestEnv } from '../test/harness';

/** The demo seed's notices go through the real send path (receipts, messages, audit). */

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
  await env.school('B-888');
});
afterAll(() => env.close());

describe('demo notices', () => {
  it('seeds three sent notices (one with a form) and an announcement to all staff', async () => {
    const add = env.addMember.bind(env, 'B-888');
    const teacher = await add({ kind: 'staff', name: '李老師', account: 'teacher', isTeacher: true });
    const zhang = await add({ kind: 'staff', name: '張老師', account: 'zhang', isTeacher: true });
    const parent = await add({ kind: 'parent', name: '黃爸爸', phone: '66000101' });
    const ctx = await env.ctx('B-888');
    const admin = (await ctx.db.select().from(members).where(eq(members.adminRole, 'creator')).get())?.id ?? '';
    await ctx.db.transaction(async (tx) => {
      await seedDemoDepartments(tx, env.clock.now(), { admin, teacher, zhang });
      const hs = await seedDemoHomeSchool(tx, env.clock.now(), { teacher, zhang, parents: { '66000101': parent }, students: {} });
      await seedDemoNotices(tx, ctx, { admin: { id: admin, name: '陳校長' }, teacher: { id: teacher, name: '李老師' }, classes: hs.classes });
    });
    const rows = await ctx.db.select().from(notices).all();
    expect(rows.map((n) => [n.title, n.questionCount > 0, n.status])).toEqual([
      ['家長會通知', false, 'sent'],
      ['秋季旅行回條', true, 'sent'],
      ['颱風停課安排', false, 'sent'],
    ]);
    expect(await ctx.db.$count(noticeRecipients, eq(noticeRecipients.memberId, parent))).toBe(3);
    expect(await ctx.db.$count(announcementRecipients)).toBe(3);
  });
});
