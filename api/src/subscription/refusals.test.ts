import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages, students } from '../../../db/schema';
import { PARENT_PHONES, type SchoolFixture } from '../home-school/fixture';
import { HOUR, MINUTE } from '../lib/clock';
import type { TestEnv } from '../test/harness';
import { familyUpToCard, start, subscriptionCounts, subscriptionEnv, verifyPhone } from './test-flow';

/**
 * Every refusal of manual §20 (and SPEC ID-01..04, SUB-07) is a clear message in the
 * caller's language naming the field, and stores nothing.
 */

let env: TestEnv;
let f: SchoolFixture;

beforeAll(async () => {
  ({ env, schools: [f] } = await subscriptionEnv());
});
afterAll(() => env.close());

const counts = () => subscriptionCounts(env);

describe('refusals store nothing (X-03)', () => {
  it('SUB-07 a wrong birth date (the parent’s own) is refused; the right one then subscribes', async () => {
    const a = env.agent('B-888');
    const token = await familyUpToCard(env, a, f, '66200001', { studentName: '陳家豪', cls: '小四甲班' });
    const before = await counts();
    const res = await a.post(`subscription/drafts/${token}/complete`, { educationId: '1234567-8', birthDate: '19850514' });
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({ code: 'birth_date_mismatch', field: 'birthDate', message: '出生日期與教育證的記錄不符，請輸入證件持有人（學生本人）的出生日期' });
    expect(await counts()).toEqual(before);
    a.language = 'en';
    const en = await a.post(`subscription/drafts/${token}/complete`, { educationId: '1234567-8', birthDate: '19850515' });
    expect(en.body.error.message).toBe("The birth date does not match the card's record; enter the card holder's (the student's) birth date");
    expect((await a.post(`subscription/drafts/${token}/complete`, { educationId: '1234567-8', birthDate: '20170514' })).status).toBe(200);
  });

  it('ID-01 an education ID the bureau does not know, or of the wrong shape, is refused', async () => {
    const a = env.agent('B-888');
    const token = await familyUpToCard(env, a, f, '66200002', { studentName: '甲', cls: '小一甲班' });
    const before = await counts();
    expect((await a.post(`subscription/drafts/${token}/complete`, { educationId: '7654321-0', birthDate: '20200203' })).body.error).toMatchObject({
      code: 'education_id_unknown',
      field: 'educationId',
    });
    expect((await a.post(`subscription/drafts/${token}/complete`, { educationId: '12-34', birthDate: '20200203' })).body.error).toMatchObject({ code: 'invalid_field', field: 'educationId' });
    expect((await a.post(`subscription/drafts/${token}/complete`, { educationId: '2045831-6', birthDate: '2020-02-30' })).body.error).toMatchObject({ code: 'invalid_field', field: 'birthDate' });
    expect((await a.post(`subscription/drafts/${token}/complete`, { birthDate: '20200203' })).body.error).toMatchObject({ field: 'educationId' });
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['XX1234', '66200101'],
    ['AB12345', '66200102'],
    ['XX123456', '66200103'],
    ['1234567', '66200104'],
  ])('ID-01 a temporary number of the wrong shape (%s) is refused with the manual’s explanation', async (tempNumber, phone) => {
    const a = env.agent('B-888');
    const token = await familyUpToCard(env, a, f, phone, { studentName: '乙', cls: '小一甲班' });
    const before = await counts();
    const res = await a.post(`subscription/drafts/${token}/complete`, { tempNumber, birthDate: '20200203' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'temp_number_shape', field: 'tempNumber' });
    expect(res.body.error.message).toContain('首兩位為「XX」，連首兩位合共7位');
    expect(await counts()).toEqual(before);
  });

  it('ID-02 the card of a child the parent already subscribed is refused for a second child; another parent of the same child is linked', async () => {
    const a = env.agent('B-888');
    const token = await familyUpToCard(env, a, f, '66200003', { studentName: '黃梓晴', cls: '小一乙班' });
    expect((await a.post(`subscription/drafts/${token}/complete`, { educationId: '2038164-2', birthDate: '20201121' })).status).toBe(200);
    const before = await counts();
    const res = await a.post(`subscription/drafts/${token}/children`, { studentName: '黃小妹', classId: f.hs.classes['小一乙班'], relation: '媽媽', educationId: '2038164-2', birthDate: '20201121' });
    expect(res.body.error).toMatchObject({ code: 'education_id_taken', field: 'educationId', message: '此教育證編號已被另一名學生使用' });
    expect(await counts()).toEqual(before);
    // the father subscribes the same child: one student, two guardians
    const b = env.agent('B-888');
    const t2 = await familyUpToCard(env, b, f, '66200004', { studentName: '黃梓晴', cls: '小一乙班', relation: '爸爸' });
    expect((await b.post(`subscription/drafts/${t2}/complete`, { educationId: '2038164-2', birthDate: '20201121' })).status).toBe(200);
    const { db } = await env.ctx('B-888');
    expect(await db.$count(students, eq(students.educationId, '2038164-2'))).toBe(1);
  });

  it('ID-02 a staff card another member subscribed is refused', async () => {
    const a = env.agent('B-888');
    const t1 = await start(a, 'staff', 'staff');
    await verifyPhone(env, a, t1, '853', '66200005');
    const root = (await a.get(`subscription/drafts/${t1}/options`)).body.departments[0];
    await a.post(`subscription/drafts/${t1}/profile`, { name: '甲職員', departmentIds: [root.id] });
    expect((await a.post(`subscription/drafts/${t1}/complete`, { tempNumber: 'XX50001', birthDate: '19900101' })).status).toBe(200);
    const b = env.agent('B-888');
    const t2 = await start(b, 'staff', 'staff');
    await verifyPhone(env, b, t2, '853', '66200006');
    await b.post(`subscription/drafts/${t2}/profile`, { name: '乙職員', departmentIds: [root.id] });
    const before = await counts();
    const res = await b.post(`subscription/drafts/${t2}/complete`, { tempNumber: 'XX50001', birthDate: '19900101' });
    expect(res.body.error).toMatchObject({ code: 'card_in_use', field: 'tempNumber', message: '此教育證已由其他成員訂閱' });
    expect(await counts()).toEqual(before);
  });

  it('ID-04 a phone of a member: 已存在相同手機號的用戶 on staff codes, …，請關注家校通知 on the family code; no code is sent', async () => {
    const sent = env.sms.sent.length;
    const before = await counts();
    const staff = env.agent('B-888');
    const t1 = await start(staff, 'staff', 'teacher');
    const r1 = await staff.post(`subscription/drafts/${t1}/phone`, { areaCode: '853', phone: '66000002' });
    expect(r1.status).toBe(409);
    expect(r1.body.error).toEqual({ code: 'phone_in_use', field: 'phone', message: '已存在相同手機號的用戶' });
    // a parent's phone, not signed in as that parent: the staff code refuses it too
    expect((await staff.post(`subscription/drafts/${t1}/phone`, { areaCode: '853', phone: PARENT_PHONES.huang })).body.error.code).toBe('phone_in_use');
    const family = env.agent('B-888');
    const t2 = await start(family, 'family', 'parent');
    const r2 = await family.post(`subscription/drafts/${t2}/phone`, { areaCode: '853', phone: PARENT_PHONES.huang });
    expect(r2.body.error).toEqual({ code: 'phone_in_use_family', field: 'phone', message: '已存在相同手機號的用戶，請關注家校通知' });
    family.language = 'pt';
    expect((await family.post(`subscription/drafts/${t2}/phone`, { areaCode: '853', phone: '66000002' })).body.error.message).toBe(
      'Já existe um membro com este número de telemóvel; siga as notificações da escola',
    );
    expect(env.sms.sent.length).toBe(sent);
    expect(await counts()).toEqual({ ...before });
  });

  it('SUB-01 two admin subscriptions of one phone: the second is refused, waiting for the first', async () => {
    const [a, b] = [env.agent('B-888'), env.agent('B-888')];
    const [t1, t2] = [await start(a, 'admin', 'staff'), await start(b, 'admin', 'staff')];
    await verifyPhone(env, a, t1, '853', '66200013');
    await verifyPhone(env, b, t2, '853', '66200013');
    for (const [x, t] of [[a, t1], [b, t2]] as const) await x.post(`subscription/drafts/${t}/profile`, { name: '同一人' });
    expect((await a.post(`subscription/drafts/${t1}/complete`, { tempNumber: 'XX70001', birthDate: '19800101' })).body.step).toBe('pending');
    const before = await counts();
    const second = await b.post(`subscription/drafts/${t2}/complete`, { tempNumber: 'XX70002', birthDate: '19800101' });
    expect(second.body.error).toMatchObject({ code: 'subscription_pending', field: 'phone', message: '此手機號的管理員訂閱正在等待審核' });
    expect(await counts()).toEqual(before);
  });

  it('ID-03 a wrong code and an expired code are refused (400 naming the field); a phone of the wrong shape too', async () => {
    const a = env.agent('B-888');
    const token = await start(a, 'family', 'parent');
    expect((await a.post(`subscription/drafts/${token}/phone`, { areaCode: '853', phone: '2812345' })).body.error).toMatchObject({ code: 'invalid_phone', field: 'phone' });
    expect((await a.post(`subscription/drafts/${token}/phone`, { areaCode: '86', phone: '13800138009' })).body.error).toMatchObject({ field: 'phoneConfirm' });
    env.clock.advance(61_000);
    await a.post(`subscription/drafts/${token}/phone`, { areaCode: '853', phone: '66200007' });
    const right = env.sms.lastCode('66200007');
    const wrong = right === '000000' ? '111111' : '000000';
    const bad = await a.post(`subscription/drafts/${token}/code`, { code: wrong });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toEqual({ code: 'code_invalid', field: 'code', message: '驗證碼錯誤或已過期' });
    env.clock.advance(6 * MINUTE);
    expect((await a.post(`subscription/drafts/${token}/code`, { code: right })).body.error).toMatchObject({ code: 'code_invalid', field: 'code' });
    // the draft waits at the code step: a profile now is out of order
    expect((await a.post(`subscription/drafts/${token}/profile`, { studentName: 'x', classId: f.hs.classes['小一甲班'], relation: '媽媽' })).body.error.code).toBe('subscription_step');
  });

  it('ID-03 code requests are rate limited per phone', async () => {
    const a = env.agent('B-888');
    const token = await start(a, 'family', 'parent');
    env.clock.advance(61_000);
    expect((await a.post(`subscription/drafts/${token}/phone`, { areaCode: '853', phone: '66200008' })).status).toBe(200);
    const again = await a.post(`subscription/drafts/${token}/phone`, { areaCode: '853', phone: '66200008' });
    expect(again.status).toBe(429);
    expect(again.body.error.code).toBe('rate_limited');
  });

  it('an expired draft answers 410, an unknown token 404; bad input names the field (X-03)', async () => {
    const a = env.agent('B-888');
    const token = await start(a, 'family', 'parent');
    expect((await a.post('subscription/drafts', { kind: 'family', termsAccepted: false, identity: 'parent' })).body.error.field).toBe('termsAccepted');
    expect((await a.post('subscription/drafts', { kind: 'family', termsAccepted: true, identity: 'teacher' })).body.error.field).toBe('identity');
    expect((await a.post('subscription/drafts', { kind: 'staff', termsAccepted: true, identity: 'teacher', adminRole: 'super' })).body.error).toMatchObject({ code: 'unknown_field', field: 'adminRole' });
    expect((await a.get(`subscription/drafts/${'a'.repeat(32)}`)).status).toBe(404);
    env.clock.advance(31 * MINUTE);
    const res = await a.post(`subscription/drafts/${token}/phone`, { areaCode: '853', phone: '66200009' });
    expect(res.status).toBe(410);
    expect(res.body.error).toMatchObject({ code: 'subscription_expired', message: '訂閱頁面已逾時，請重新掃描二維碼' });
  });
});

describe('the card lock (a birth date is a weak secret)', () => {
  it('locks a card after 5 wrong birth dates in an hour and tells every admin once (X-04); unlocks after the hour', async () => {
    const a = env.agent('B-888');
    const token = await familyUpToCard(env, a, f, '66200010', { studentName: '李浩然', cls: '小二甲班' });
    const { db } = await env.ctx('B-888');
    for (let i = 1; i <= 5; i++) {
      const res = await a.post(`subscription/drafts/${token}/complete`, { educationId: '1987402-5', birthDate: `1980010${i}` });
      expect(res.body.error.code).toBe('birth_date_mismatch');
    }
    const locked = await a.post(`subscription/drafts/${token}/complete`, { educationId: '1987402-5', birthDate: '20190709' });
    expect(locked.status).toBe(429);
    expect(locked.body.error).toMatchObject({ code: 'card_locked', field: 'birthDate' });
    expect(locked.body.error.message).toMatch(/請於 \d+ 分鐘後再試/);
    // another draft, the same card: still locked, and no second message
    const b = env.agent('B-888');
    const t2 = await familyUpToCard(env, b, f, '66200011', { studentName: '李浩然', cls: '小二甲班' });
    expect((await b.post(`subscription/drafts/${t2}/complete`, { educationId: '1987402-5', birthDate: '19800109' })).body.error.code).toBe('card_locked');
    const told = await db.select().from(messages).where(like(messages.dedupeKey, 'subscription:card-locked:1987402-5:%')).all();
    expect(told).toHaveLength(4);
    expect(new Set(told.map((m) => m.memberId)).size).toBe(4);
    env.clock.advance(HOUR);
    const c = env.agent('B-888');
    const t3 = await familyUpToCard(env, c, f, '66200012', { studentName: '李浩然', cls: '小二甲班' });
    expect((await c.post(`subscription/drafts/${t3}/complete`, { educationId: '1987402-5', birthDate: '20190709' })).status).toBe(200);
  });
});
