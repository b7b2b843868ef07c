import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { qrLogins, sessions, settings } from '../../../db/schema';
import { MINUTE } from '../lib/clock';
import { hashSecret } from '../lib/crypto';
import { agentOf, type SchoolIds, seedSchool } from '../roles/test-school';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';

const SECOND = 1000;
const A = 'A-001';
const B = 'B-002';
let env: TestEnv;
let ids: SchoolIds;
beforeEach(async () => {
  env = await createTestEnv();
  ids = await seedSchool(env, A);
});
afterEach(() => env.close());

/** A phone signed in to the mobile app by SMS code. */
async function phone(number: string, code = A): Promise<Agent> {
  const a = agentOf(env, code);
  const res = await a.signInWithCode('853', number, (p) => env.sms.lastCode(p));
  expect(res.status).toBe(200);
  return a;
}

async function newDesk(code = A): Promise<{ desk: Agent; token: string; body: Record<string, string> }> {
  const desk = agentOf(env, code);
  const res = await desk.post('auth/qr');
  expect(res.status).toBe(201);
  return { desk, token: res.body.token, body: res.body };
}

describe('APP-03 desktop sign-in by QR code (電腦端身份驗證)', () => {
  it('APP-03 end to end: the desk shows a code, the phone confirms, the desk is signed in to the back-office', async () => {
    const { desk, token, body } = await newDesk();
    expect(body.url).toBe(`http://localhost/admin/${A}/m/qr/${token}`);
    expect(body.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(body.expiresAt).toBe(new Date(env.clock.now().getTime() + 2 * MINUTE).toISOString());
    // only the hash of the token is stored
    const { db } = await env.deps.schools.get(A);
    expect(await db.select({ idHash: qrLogins.idHash, status: qrLogins.status }).from(qrLogins).all()).toEqual([{ idHash: hashSecret(token), status: 'pending' }]);

    expect((await desk.get(`auth/qr/${token}`)).body).toEqual({ status: 'pending', expiresAt: body.expiresAt });
    expect((await desk.get('auth/me')).status).toBe(401);

    const teacher = await phone('66000002');
    expect((await teacher.post(`auth/qr/${token}/confirm`)).body).toEqual({ status: 'confirmed' });

    const done = await desk.get(`auth/qr/${token}`);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'confirmed', member: { id: ids.teacher, name: '李老師' } });
    desk.csrfToken = done.body.csrfToken;
    const me = await desk.get('auth/me');
    expect(me.body).toMatchObject({ surface: 'back-office', member: { id: ids.teacher } });
    expect((await desk.post('auth/sign-out')).status).toBe(204);

    // the code is spent: neither side can use it again
    expect((await desk.get(`auth/qr/${token}`)).status).toBe(404);
    expect((await teacher.post(`auth/qr/${token}/confirm`)).status).toBe(404);
    // the phone stays signed in on its own session
    expect((await teacher.get('auth/me')).body.surface).toBe('mobile');
  });

  it('APP-03 a code lives two minutes (test clock); once confirmed the desk has 30 s to collect it', async () => {
    const first = await newDesk();
    env.clock.advance(2 * MINUTE);
    const expired = await first.desk.get(`auth/qr/${first.token}`);
    expect(expired.status).toBe(410);
    expect(expired.body.error.code).toBe('qr_expired');
    const teacher = await phone('66000002');
    expect((await teacher.post(`auth/qr/${first.token}/confirm`)).status).toBe(410);

    const second = await newDesk();
    env.clock.advance(2 * MINUTE - SECOND);
    expect((await teacher.post(`auth/qr/${second.token}/confirm`)).status).toBe(200);
    env.clock.advance(20 * SECOND);
    expect((await second.desk.get(`auth/qr/${second.token}`)).body.status).toBe('confirmed');

    const third = await newDesk();
    await teacher.post(`auth/qr/${third.token}/confirm`);
    env.clock.advance(31 * SECOND);
    expect((await third.desk.get(`auth/qr/${third.token}`)).status).toBe(410);
  });

  it('APP-03 only a signed-in phone of a staff member confirms: parents, students, desks and strangers are refused', async () => {
    const { desk, token } = await newDesk();
    expect((await agentOf(env, A).post(`auth/qr/${token}/confirm`)).status).toBe(401);
    env.clock.advance(MINUTE);
    expect((await (await phone('66000101')).post(`auth/qr/${token}/confirm`)).status).toBe(403);
    expect((await (await phone('66000201')).post(`auth/qr/${token}/confirm`)).status).toBe(403);
    const backOffice = agentOf(env, A);
    await backOffice.signIn('teacher', 'pw-teacher');
    expect((await backOffice.post(`auth/qr/${token}/confirm`)).status).toBe(403);
    expect((await desk.get(`auth/qr/${token}`)).body.status).toBe('pending');
  });

  it('APP-03 only the browser that asked for the code collects the session (no login CSRF)', async () => {
    const { desk, token } = await newDesk();
    await (await phone('66000002')).post(`auth/qr/${token}/confirm`);
    const other = agentOf(env, A);
    expect((await other.get(`auth/qr/${token}`)).status).toBe(404);
    other.cookies.set('sc_qr', { value: 'a'.repeat(32), path: `/api/s/${A}/auth/qr` });
    expect((await other.get(`auth/qr/${token}`)).status).toBe(404);
    expect((await other.get('auth/me')).status).toBe(401);
    expect((await desk.get(`auth/qr/${token}`)).body.status).toBe('confirmed');
  });

  it('APP-03 a member disabled after confirming gets no session', async () => {
    const { desk, token } = await newDesk();
    await (await phone('66000002')).post(`auth/qr/${token}/confirm`);
    const admin = agentOf(env, A);
    await admin.signIn('admin', 'password1');
    expect((await admin.post(`members/${ids.teacher}/disable`)).status).toBe(200);
    const res = await desk.get(`auth/qr/${token}`);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('account_disabled');
    expect((await desk.get('auth/me')).status).toBe(401);
  });

  it('APP-03 ADM-04 with the SMS second factor on, the confirmed phone is the second factor: the session is whole', async () => {
    const { db } = await env.deps.schools.get(A);
    await db.insert(settings).values({ key: 'security', value: { smsSecondFactor: true, watermark: false, hideMemberCount: false }, updatedAt: env.clock.now() });
    const { desk, token } = await newDesk();
    await (await phone('66000002')).post(`auth/qr/${token}/confirm`);
    const done = await desk.get(`auth/qr/${token}`);
    expect(done.status).toBe(200);
    expect((await desk.get('auth/me')).status).toBe(200);
    const rows = await db.select().from(sessions).where(eq(sessions.surface, 'back-office')).all();
    expect(rows.map((r) => r.pendingSecondFactor)).toEqual([false]);
  });

  it('APP-03 new codes are rate limited per address', async () => {
    const desk = agentOf(env, A);
    const from = (ip: string) => desk.raw('POST', 'auth/qr', { headers: { 'x-forwarded-for': ip } });
    for (let i = 0; i < 20; i++) expect((await from('203.0.113.9')).status).toBe(201);
    const limited = await from('203.0.113.9');
    expect(limited.status).toBe(429);
    expect((await from('203.0.113.10')).status).toBe(201);
    env.clock.advance(MINUTE);
    expect((await from('203.0.113.9')).status).toBe(201);
  });

  it('APP-03 a malformed token is a 400 naming it; a code of school A means nothing at school B', async () => {
    await seedSchool(env, B);
    const { desk, token } = await newDesk();
    const bad = await desk.get('auth/qr/not-a-token');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('token');
    const atB = agentOf(env, B);
    atB.cookies.set('sc_qr', { value: token, path: `/api/s/${B}/auth/qr` });
    expect((await atB.get(`auth/qr/${token}`)).status).toBe(404);
    expect((await (await phone('66000002', B)).post(`auth/qr/${token}/confirm`)).status).toBe(404);
    expect((await desk.get(`auth/qr/${token}`)).body.status).toBe('pending');
  });
});
