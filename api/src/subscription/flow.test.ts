import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classTeachers, guardians, memberDepartments, members, memberTags, messages, students, tags } from '../../../db/schema';
import { PARENT_PHONES, type SchoolFixture } from '../home-school/fixture';
import type { TestEnv } from '../test/harness';
import { familyUpToCard, start, subscriptionEnv, verifyPhone } from './test-flow';

/**
 * The whole mobile subscription of manual §1 for each identity, through the API, with the
 * demo bureau's cards of B-888 (ID-01): parent, student, teacher, school staff, admin.
 */

let env: TestEnv;
let f: SchoolFixture;

beforeAll(async () => {
  ({ env, schools: [f] } = await subscriptionEnv());
});
afterAll(() => env.close());

const db = async () => (await env.ctx('B-888')).db;
const memberByPhone = async (phone: string) => (await db()).select().from(members).where(eq(members.phone, phone)).get();

describe('family subscription (家長/學生訂閱)', () => {
  it('SUB-02 ID-01 a parent subscribes a child: phone + SMS code, student, class, card, birth date → joins the class and is invited', async () => {
    const a = env.agent('B-888');
    const token = await start(a, 'family', 'parent');
    env.clock.advance(61_000);
    const phone = await a.post(`subscription/drafts/${token}/phone`, { areaCode: '+853', phone: '6612 3401' });
    expect(phone.body).toEqual({ step: 'code', codeSent: true });
    // the pickers only once the phone is proven
    expect((await a.get(`subscription/drafts/${token}/options`)).status).toBe(409);
    expect((await a.post(`subscription/drafts/${token}/code`, { code: env.sms.lastCode('66123401') })).body).toEqual({ step: 'profile' });
    const options = await a.get(`subscription/drafts/${token}/options`);
    expect(options.body.relations).not.toContain('本人');
    expect(options.body.classes.map((c: { name: string }) => c.name)).toContain('小四甲班');
    const profile = await a.post(`subscription/drafts/${token}/profile`, { studentName: '陳家豪', classId: f.hs.classes['小四甲班'], relation: '媽媽' });
    expect(profile.body).toEqual({ step: 'card' });
    const done = await a.post(`subscription/drafts/${token}/complete`, { educationId: '1234567 8', birthDate: '20170514' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ step: 'done', kind: 'family', identity: 'parent', phone: '+853 ****3401' });
    expect(done.body.cards).toEqual([expect.objectContaining({ identity: 'parent', cardNumber: '1234567-8', student: expect.objectContaining({ name: '陳家豪', className: '小四甲班' }) })]);

    const parent = await memberByPhone('66123401');
    expect(parent).toMatchObject({ kind: 'parent', name: '陳家豪媽媽', areaCode: '853', joinedAt: null });
    const child = await (await db()).select().from(students).where(eq(students.educationId, '1234567-8')).get();
    expect(child).toMatchObject({ name: '陳家豪', classId: f.hs.classes['小四甲班'], birthDate: '2017-05-14', status: 'active' });
    const link = await (await db()).select().from(guardians).where(eq(guardians.memberId, parent?.id ?? '')).all();
    expect(link).toEqual([expect.objectContaining({ studentId: child?.id, relation: '媽媽' })]);
    const invite = await (await db()).select().from(messages).where(eq(messages.memberId, parent?.id ?? '')).all();
    expect(invite.map((m) => m.title)).toEqual(['學校邀請：加入班級']);
    expect(env.sms.sent.at(-1)?.text).toContain('邀請您加入智慧校園');
  });

  it('SUB-04 ID-02 添加學生 right after: another card joins; the same card for a second child is refused', async () => {
    const a = env.agent('B-888');
    const token = await familyUpToCard(env, a, f, '66123402', { studentName: '陳家怡', cls: '小一甲班' });
    expect((await a.post(`subscription/drafts/${token}/complete`, { educationId: '2045831-6', birthDate: '20200203' })).status).toBe(200);
    const added = await a.post(`subscription/drafts/${token}/children`, { studentName: '黃梓晴', classId: f.hs.classes['小一乙班'], relation: '媽媽', educationId: '2038164-2', birthDate: '20201121' });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body.cards.map((c: { cardNumber: string }) => c.cardNumber)).toEqual(['2045831-6', '2038164-2']);
    const twice = await a.post(`subscription/drafts/${token}/children`, { studentName: '陳小弟', classId: f.hs.classes['小一乙班'], relation: '媽媽', educationId: '2038164-2', birthDate: '20201121' });
    expect(twice.status).toBe(409);
    expect(twice.body.error).toMatchObject({ code: 'education_id_taken', field: 'educationId', message: '此教育證編號已被另一名學生使用' });
    expect((await a.get(`subscription/drafts/${token}`)).body.cards).toHaveLength(2);
  });

  it('SUB-04 a signed-in parent adds a child with POST /subscription/children; staff cannot', async () => {
    env.clock.advance(61_000);
    const parent = env.agent('B-888');
    await parent.signInWithCode('853', '66123402', (p) => env.sms.lastCode(p));
    const res = await parent.post('subscription/children', { studentName: '李浩然', classId: f.hs.classes['小二甲班'], relation: '爸爸', educationId: '1987402-5', birthDate: '2019-07-09' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect((await parent.get('subscription/mine')).body.items).toHaveLength(3);
    const teacher = env.agent('B-888');
    await teacher.signIn('teacher', 'password2');
    expect((await teacher.post('subscription/children', { studentName: 'x', classId: f.hs.classes['小二甲班'], relation: '爸爸', educationId: '1876530-1', birthDate: '20180330' })).status).toBe(403);
  });

  it('ID-03 a student subscribes themself on a mainland phone: no code, typed twice; 本人', async () => {
    const a = env.agent('B-888');
    const token = await start(a, 'family', 'student');
    const sent = env.sms.sent.length;
    const mismatch = await a.post(`subscription/drafts/${token}/phone`, { areaCode: '86', phone: '13800138000', phoneConfirm: '13800138001' });
    expect(mismatch.body.error).toMatchObject({ code: 'phone_mismatch', field: 'phoneConfirm' });
    const phone = await a.post(`subscription/drafts/${token}/phone`, { areaCode: '86', phone: '13800138000', phoneConfirm: '138 0013 8000' });
    expect(phone.body).toEqual({ step: 'profile', codeSent: false });
    await a.post(`subscription/drafts/${token}/profile`, { studentName: '吳志明', classId: f.hs.classes['初三乙班'] });
    const done = await a.post(`subscription/drafts/${token}/complete`, { educationId: '1257913-2', birthDate: '20120219' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const me = await memberByPhone('13800138000');
    expect(me).toMatchObject({ kind: 'student', areaCode: '86', name: '吳志明' });
    const row = await (await db()).select().from(students).where(eq(students.educationId, '1257913-2')).get();
    expect(row?.memberId).toBe(me?.id);
    const link = await (await db()).select().from(guardians).where(eq(guardians.memberId, me?.id ?? '')).get();
    expect(link?.relation).toBe('本人');
    // only the invitation text went out: no code
    expect(env.sms.sent.slice(sent).every((s) => !/訂閱驗證碼/.test(s.text))).toBe(true);
  });

  it('SUB-05 PRM-03 only classes made by the B08 sync are offered and accepted', async () => {
    const { db: d } = await env.ctx('B-888');
    const { classes } = await import('../../../db/schema');
    const grade = f.hs.grades['小一'];
    await d.insert(classes).values({ id: 'manual-class-1', gradeId: grade, name: '小一手動班', schoolYear: '2026/2027', source: 'manual', createdAt: env.clock.now() });
    const a = env.agent('B-888');
    const token = await start(a, 'family', 'parent');
    await verifyPhone(env, a, token, '853', '66123403');
    const names = (await a.get(`subscription/drafts/${token}/options`)).body.classes.map((c: { name: string }) => c.name);
    expect(names).not.toContain('小一手動班');
    const res = await a.post(`subscription/drafts/${token}/profile`, { studentName: '梁凱琳', classId: 'manual-class-1', relation: '爸爸' });
    expect(res.body.error).toMatchObject({ code: 'class_not_b08', field: 'classId', message: '只能選擇按B08表同步建立的班級' });
  });
});

describe('staff subscription (教職員訂閱)', () => {
  it('SUB-02 a teacher subscribes: department, 添加班級, temporary number (首次註冊) → staff member, teaching, invitation', async () => {
    const a = env.agent('B-888');
    const token = await start(a, 'staff', 'teacher');
    await verifyPhone(env, a, token, '852', '91234567');
    const options = (await a.get(`subscription/drafts/${token}/options`)).body;
    const root = options.departments[0];
    expect(options.departments.map((d: { name: string }) => d.name)).not.toContain('校友');
    const noClass = await a.post(`subscription/drafts/${token}/profile`, { name: '王老師', departmentIds: [root.id] });
    expect(noClass.body.error).toMatchObject({ field: 'teaching' });
    const subject = options.subjects.find((s: { code: string }) => s.code === 'MATH');
    await a.post(`subscription/drafts/${token}/profile`, { name: '王老師', departmentIds: [root.id], teaching: [{ classId: f.hs.classes['小五甲班'], subjectId: subject.id }] });
    const done = await a.post(`subscription/drafts/${token}/complete`, { tempNumber: 'xx12345', birthDate: '19880101' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.cards).toEqual([expect.objectContaining({ identity: 'teacher', cardType: 'temp_number', cardNumber: 'XX12345' })]);
    const m = await memberByPhone('91234567');
    expect(m).toMatchObject({ kind: 'staff', name: '王老師', areaCode: '852', isTeacher: true, isStaff: false, adminRole: null, joinedAt: null });
    const d = await db();
    expect(await d.select().from(memberDepartments).where(eq(memberDepartments.memberId, m?.id ?? '')).all()).toEqual([expect.objectContaining({ departmentId: root.id })]);
    expect(await d.select().from(classTeachers).where(eq(classTeachers.memberId, m?.id ?? '')).all()).toEqual([
      expect.objectContaining({ classId: f.hs.classes['小五甲班'], role: 'subject', subjectId: subject.id }),
    ]);
    const invites = await d.select().from(messages).where(eq(messages.memberId, m?.id ?? '')).all();
    expect(invites.map((i) => i.dedupeKey)).toEqual(['contacts:invite:1']);
  });

  it('SUB-03 the same person scans the staff card too (掃描職員證); 查看已訂閱教育證 lists both', async () => {
    const a = env.agent('B-888');
    const token = await start(a, 'staff', 'staff');
    await verifyPhone(env, a, token, '853', '66123404');
    const root = (await a.get(`subscription/drafts/${token}/options`)).body.departments[0];
    await a.post(`subscription/drafts/${token}/profile`, { name: '何職員', departmentIds: [root.id] });
    expect((await a.post(`subscription/drafts/${token}/complete`, { tempNumber: 'XX20001', birthDate: '19900202' })).status).toBe(200);
    const again = await a.post(`subscription/drafts/${token}/identities`, { identity: 'staff', tempNumber: 'XX20002', birthDate: '19900202' });
    expect(again.body.error).toMatchObject({ code: 'identity_subscribed', field: 'identity' });
    const both = await a.post(`subscription/drafts/${token}/identities`, { identity: 'teacher', tempNumber: 'XX20002', birthDate: '19900202' });
    expect(both.status, JSON.stringify(both.body)).toBe(201);
    expect(both.body.cards.map((c: { identity: string }) => c.identity)).toEqual(['staff', 'teacher']);
    expect(await memberByPhone('66123404')).toMatchObject({ isTeacher: true, isStaff: true });
    env.clock.advance(61_000);
    const me = env.agent('B-888');
    await me.signInWithCode('853', '66123404', (p) => env.sms.lastCode(p));
    expect((await me.get('subscription/mine')).body.items.map((c: { cardNumber: string }) => c.cardNumber)).toEqual(['XX20001', 'XX20002']);
  });

  it('SUB-03 ID-01 a teacher subscribes with the bureau\'s teacher card, then adds the staff card signed in; 查看已訂閱教育證 lists both', async () => {
    // 李美玲 holds a teacher card and a staff card in the demo bureau data
    const a = env.agent('B-888');
    const token = await start(a, 'staff', 'teacher');
    await verifyPhone(env, a, token, '853', '66123407');
    const options = (await a.get(`subscription/drafts/${token}/options`)).body;
    const subject = options.subjects.find((s: { code: string }) => s.code === 'CHI');
    await a.post(`subscription/drafts/${token}/profile`, { name: '李美玲', departmentIds: [options.departments[0].id], teaching: [{ classId: f.hs.classes['小二甲班'], subjectId: subject.id }] });
    const wrong = await a.post(`subscription/drafts/${token}/complete`, { educationId: '0712345-6', birthDate: '19850313' });
    expect(wrong.body.error).toMatchObject({ code: 'birth_date_mismatch', field: 'birthDate' });
    const done = await a.post(`subscription/drafts/${token}/complete`, { educationId: '07123456', birthDate: '19850312' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.cards).toEqual([expect.objectContaining({ identity: 'teacher', cardType: 'education_id', cardNumber: '0712345-6' })]);
    env.clock.advance(61_000);
    const me = env.agent('B-888');
    await me.signInWithCode('853', '66123407', (p) => env.sms.lastCode(p));
    // the other card of someone else's identity is refused: one card, one member
    const other = env.agent('B-888');
    const t2 = await start(other, 'staff', 'staff');
    await verifyPhone(env, other, t2, '853', '66123408');
    await other.post(`subscription/drafts/${t2}/profile`, { name: '冒用者', departmentIds: [options.departments[0].id] });
    // a teacher's card does not make a staff member (職員), nor a student's card anyone staff
    expect((await other.post(`subscription/drafts/${t2}/complete`, { educationId: '0712345-6', birthDate: '19850312' })).body.error).toMatchObject({ code: 'card_wrong_holder', field: 'educationId' });
    expect((await other.post(`subscription/drafts/${t2}/complete`, { educationId: '1234567-8', birthDate: '20170514' })).body.error).toMatchObject({ code: 'card_wrong_holder', field: 'educationId' });
    const added = await me.post('subscription/identities', { identity: 'staff', educationId: '0712346-4', birthDate: '19850312' });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const mine = (await me.get('subscription/mine')).body.items;
    expect(mine.map((c: { identity: string; cardNumber: string }) => `${c.identity}:${c.cardNumber}`)).toEqual(['teacher:0712345-6', 'staff:0712346-4']);
    expect(await memberByPhone('66123407')).toMatchObject({ isTeacher: true, isStaff: true });
  });

  it('ID-03 a parent of the school, signed in on their phone, subscribes as staff without a code and keeps their child', async () => {
    env.clock.advance(61_000);
    const a = env.agent('B-888');
    await a.signInWithCode('853', PARENT_PHONES.ng, (p) => env.sms.lastCode(p));
    const sent = env.sms.sent.length;
    const token = await start(a, 'staff', 'staff');
    const phone = await a.post(`subscription/drafts/${token}/phone`, { areaCode: '853', phone: PARENT_PHONES.ng });
    expect(phone.body).toEqual({ step: 'profile', codeSent: false });
    expect(env.sms.sent.length).toBe(sent);
    const root = (await a.get(`subscription/drafts/${token}/options`)).body.departments[0];
    await a.post(`subscription/drafts/${token}/profile`, { name: '吳媽媽', departmentIds: [root.id] });
    expect((await a.post(`subscription/drafts/${token}/complete`, { tempNumber: 'XX30001', birthDate: '19850505' })).status).toBe(200);
    const m = await memberByPhone(PARENT_PHONES.ng);
    expect(m).toMatchObject({ id: f.members.parents[PARENT_PHONES.ng], kind: 'staff', isStaff: true });
    expect(await (await db()).$count(guardians, eq(guardians.memberId, m?.id ?? ''))).toBe(1);
  });
});

describe('admin subscription (管理員訂閱, SUB-01)', () => {
  it('SUB-01 waits for approval: every admin is told (in their language); 同意 adds the member with the 管理員 tag, no role, and invites them', async () => {
    await (await db()).update(members).set({ preferredLocale: 'en' }).where(eq(members.id, f.members.super));
    const a = env.agent('B-888');
    const token = await start(a, 'admin', 'teacher');
    await verifyPhone(env, a, token, '853', '66123405');
    await a.post(`subscription/drafts/${token}/profile`, { name: '新管理員' });
    const done = await a.post(`subscription/drafts/${token}/complete`, { tempNumber: 'XX40001', birthDate: '19800808' });
    expect(done.body).toMatchObject({ step: 'pending', request: { status: 'pending', reason: '' }, cards: [] });
    expect(await memberByPhone('66123405')).toBeUndefined();
    const d = await db();
    const told = await d.select().from(messages).where(eq(messages.title, '新管理員申請加入')).all();
    // the creator and the two scoped admins of the fixture; the super admin reads English
    expect(told).toHaveLength(3);
    const inEnglish = await d.select().from(messages).where(eq(messages.title, 'A new admin asks to join')).all();
    expect(inEnglish.map((m) => m.memberId)).toEqual([f.members.super]);
    expect(inEnglish[0].body).toContain('新管理員 (+853 66123405)');
    await d.update(members).set({ preferredLocale: null }).where(eq(members.id, f.members.super));

    const admin = env.agent('B-888');
    await admin.signIn('super', 'password5');
    const list = await admin.get('subscription/requests?q=新管理員');
    expect(list.body).toMatchObject({ total: 1, items: [expect.objectContaining({ name: '新管理員', status: 'pending', cardNumber: 'XX40001' })] });
    // the message opens the request (點擊註冊消息查看申請加入的管理員資訊)
    expect(told.every((m) => m.refType === 'admin-request' && m.refId === list.body.items[0].id)).toBe(true);
    expect((await admin.get(`subscription/requests/${list.body.items[0].id}`)).body).toEqual(list.body.items[0]);
    const approved = await admin.post(`subscription/requests/${list.body.items[0].id}/approve`);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', decidedBy: { name: '超管' }, memberTags: ['管理員'] });
    const m = await memberByPhone('66123405');
    expect(m).toMatchObject({ kind: 'staff', isTeacher: true, adminRole: null });
    const tag = await d.select({ name: tags.name }).from(memberTags).innerJoin(tags, eq(tags.id, memberTags.tagId)).where(eq(memberTags.memberId, m?.id ?? '')).all();
    expect(tag).toEqual([{ name: '管理員' }]);
    expect(await d.$count(messages, and(eq(messages.memberId, m?.id ?? ''), eq(messages.dedupeKey, 'contacts:invite:1')))).toBe(1);
    expect((await a.get(`subscription/drafts/${token}`)).body.request.status).toBe('approved');
    expect((await admin.post(`subscription/requests/${list.body.items[0].id}/approve`)).body.error.code).toBe('request_decided');
  });

  it('SUB-01 拒絕 tells the applicant by SMS and adds nobody', async () => {
    const a = env.agent('B-888');
    const token = await start(a, 'admin', 'staff');
    await verifyPhone(env, a, token, '853', '66123406');
    await a.post(`subscription/drafts/${token}/profile`, { name: '申請人' });
    await a.post(`subscription/drafts/${token}/complete`, { tempNumber: 'XX40002', birthDate: '19800808' });
    const admin = env.agent('B-888');
    await admin.signIn('admin', 'password1');
    const id = (await admin.get('subscription/requests')).body.items[0].id;
    const res = await admin.post(`subscription/requests/${id}/reject`, { reason: '非本校職員' });
    expect(res.body).toMatchObject({ status: 'rejected', reason: '非本校職員' });
    expect(env.sms.sent.at(-1)).toEqual({ phone: '66123406', text: expect.stringContaining('未獲通過。原因：非本校職員') });
    expect(await memberByPhone('66123406')).toBeUndefined();
    expect((await admin.get('subscription/requests?status=rejected')).body.total).toBe(1);
  });
});

describe('the QR codes', () => {
  it('three SVG codes open the subscription page of their kind; admins list all three, other staff two', async () => {
    const res = await env.agent('B-888').raw('GET', 'subscription/qr/family.svg');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(await res.text()).toMatch(/^<svg/);
    expect((await env.agent('B-888').get('subscription/qr/other.svg')).status).toBe(400);
    const admin = env.agent('B-888');
    await admin.signIn('super', 'password5');
    const all = await admin.get('subscription/qr');
    expect(all.body.items.map((i: { kind: string }) => i.kind)).toEqual(['admin', 'staff', 'family']);
    expect(all.body.items[2].url).toBe('http://localhost/admin/B-888/m/subscribe?kind=family');
    const teacher = env.agent('B-888');
    await teacher.signIn('teacher', 'password2');
    expect((await teacher.get('subscription/qr')).body.items.map((i: { kind: string }) => i.kind)).toEqual(['staff', 'family']);
    expect((await env.agent('B-888').get('subscription/qr')).status).toBe(401);
  });
});
