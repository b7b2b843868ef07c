import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoHomeSchool } from '../../../../db/seed/demo-home-school';
import { seedDemoHomework } from '../../../../db/seed/demo-homework';
import { seedDemoHomeworkBank } from '../../../../db/seed/demo-homework-bank';
import { createTestEnv, type TestEnv } from '../../test/harness';

/** The demo school's 學生作業 (db/seed/demo-homework.ts) go through the real publish path and read like any other. */

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
  await env.school('B-888');
});
afterAll(() => env.close());

describe('demo homework', () => {
  it('HW-06 HW-07 李老師 has a published homework for 小三甲班 with 黃小明’s auto-marked attempt, and a draft', async () => {
    const add = env.addMember.bind(env, 'B-888');
    const teacher = await add({ kind: 'staff', name: '李老師', account: 'teacher', password: 'password2', isTeacher: true });
    const zhang = await add({ kind: 'staff', name: '張老師', account: 'zhang', isTeacher: true });
    const huang = await add({ kind: 'student', name: '黃小明', phone: '66000201' });
    const ctx = await env.ctx('B-888');
    await ctx.db.transaction(async (tx) => {
      const now = env.clock.now();
      const hs = await seedDemoHomeSchool(tx, now, { teacher, zhang, parents: {}, students: { '66000201': huang } });
      await seedDemoHomeworkBank(tx, now, { teacher: { id: teacher, name: '李老師' }, subjects: hs.subjects });
      await seedDemoHomework(tx, ctx, { teacher: { id: teacher, name: '李老師' }, classes: hs.classes, students: hs.students });
    });
    const agent = env.agent('B-888');
    await agent.signIn('teacher', 'password2');
    const list = await agent.get('homework/assignments');
    expect(list.body.items.map((r: { status: string; classes: { name: string }[]; counts: unknown }) => [r.status, r.classes.map((c) => c.name), r.counts])).toEqual([
      ['draft', ['小三甲班', '小三乙班'], { students: 0, submitted: 0, graded: 0 }],
      ['published', ['小三甲班'], { students: 2, submitted: 1, graded: 0 }],
    ]);
    const published = list.body.items[1];
    const subs = await agent.get(`homework/assignments/${published.id}/submissions`);
    // one slip in the ordering question (one item of three in place: 1 of 3 points): 18 of 20
    expect(subs.body.items.map((r: { student: { name: string }; status: string; score: number | null }) => [r.student.name, r.status, r.score])).toEqual([
      ['陳嘉欣', 'not_started', null],
      ['黃小明', 'submitted', 18],
    ]);
    const student = env.agent('B-888');
    await student.signInWithCode('853', '66000201', (p) => env.sms.lastCode(p));
    const mine = await student.get('homework/mine');
    expect(mine.body.items).toMatchObject([{ id: published.id, submissionStatus: 'submitted', score: null, canSubmit: false }]);
    expect(JSON.stringify((await student.get('messages')).body)).toContain('新作業');
  });
});
