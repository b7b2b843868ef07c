import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campuses, classes, grades, guardians, members, messages, noticeRecipients, students } from '../../../db/schema';
import { newId } from '../lib/ids';
import { createTestEnv, type TestEnv } from '../test/harness';

/** N-01 sending to 3,000 families: one transaction of multi-row inserts (not timed here; see bench/). */

const FAMILIES = 3000;
let env: TestEnv;
let classId: string;

beforeAll(async () => {
  env = await createTestEnv();
  await env.school('B-888');
  const { db } = await env.ctx('B-888');
  const now = env.clock.now();
  const id = () => newId(now.getTime());
  const campusId = id();
  const gradeId = id();
  classId = id();
  await db.transaction(async (tx) => {
    await tx.insert(campuses).values({ id: campusId, name: '本校', createdAt: now });
    await tx.insert(grades).values({ id: gradeId, campusId, name: '全級', schoolYear: '2026/2027', createdAt: now });
    await tx.insert(classes).values({ id: classId, gradeId, name: '大班', schoolYear: '2026/2027', createdAt: now });
    for (let i = 0; i < FAMILIES; i += 500) {
      const batch = Array.from({ length: Math.min(500, FAMILIES - i) }, (_, k) => ({ n: i + k, parent: id(), student: id() }));
      await tx.insert(members).values(batch.map((b) => ({ id: b.parent, kind: 'parent' as const, name: `家長${b.n}`, phone: String(60000000 + b.n), createdAt: now, updatedAt: now })));
      await tx.insert(students).values(batch.map((b) => ({ id: b.student, name: `學生${b.n}`, classId, createdAt: now, updatedAt: now })));
      await tx.insert(guardians).values(batch.map((b) => ({ studentId: b.student, memberId: b.parent, relation: '媽媽', createdAt: now })));
    }
  });
});
afterAll(() => env.close());

describe('N-01 a notice to 3,000 families', () => {
  it('N-01 writes 3,000 receipts and 3,000 outbox messages in one request and returns', async () => {
    const admin = env.agent('B-888');
    await admin.signIn('admin', 'password1');
    const preview = await admin.post('notices/preview', { title: '全校通知', content: '<p>明日停課</p>', recipients: { classIds: [classId], audience: 'parents' } });
    expect(preview.body).toMatchObject({ recipients: FAMILIES, parents: FAMILIES, students: FAMILIES });
    const res = await admin.post('notices', { title: '全校通知', content: '<p>明日停課</p>', recipients: { wholeSchool: true, audience: 'parents' } });
    expect(res.status).toBe(201);
    expect(res.body.recipients).toBe(FAMILIES);
    const { db } = await env.ctx('B-888');
    expect(await db.$count(noticeRecipients, eq(noticeRecipients.noticeId, res.body.id))).toBe(FAMILIES);
    expect(await db.$count(messages, like(messages.dedupeKey, `notice:${res.body.id}:send:%`))).toBe(FAMILIES);
    const detail = await admin.get(`notices/${res.body.id}`);
    expect(detail.body.byClass).toEqual([{ classId, className: '大班', recipients: FAMILIES, read: 0, confirmed: 0, answered: 0 }]);
  });
});
