import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../lib/clock';
import { createTestEnv, type TestEnv } from '../test/harness';

let env: TestEnv;
beforeEach(async () => {
  env = await createTestEnv();
  await env.school('B-888');
  await env.addMember('B-888', { kind: 'staff', name: '李老師', account: 'teacher', password: 'password2', phone: '66000002', isTeacher: true });
  await env.addMember('B-888', { kind: 'parent', name: '黃爸爸', phone: '66000101' });
});
afterEach(() => env.close());

describe('back-office sign-in', () => {
  it('signs in by account and by phone, and /me answers', async () => {
    const a = env.agent('B-888');
    const res = await a.signIn('admin', 'password1');
    expect(res.status).toBe(200);
    expect(res.body.member).toMatchObject({ name: '創建人', adminRole: 'creator' });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\/api\/s\/B-888/);
    expect((await a.get('auth/me')).body.member.name).toBe('創建人');
    const b = env.agent('B-888');
    expect((await b.signIn('+853 66000002', 'password2')).status).toBe(200);
  });

  it('refuses a wrong password naming the field, in the caller language', async () => {
    const a = env.agent('B-888');
    a.language = 'en';
    const res = await a.signIn('admin', 'nope');
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: 'bad_credentials', field: 'password', message: 'Wrong account or password' });
    a.language = 'pt-PT,pt;q=0.9';
    expect((await a.signIn('admin', 'nope')).body.error.message).toBe('Conta ou palavra-passe errada');
    a.language = 'zh-MO';
    expect((await a.signIn('admin', 'nope')).body.error.message).toBe('帳號或密碼錯誤');
  });

  it('refuses parents and students on the back-office', async () => {
    await env.addMember('B-888', { kind: 'parent', name: 'P', account: 'parentx', password: 'password3' });
    const res = await env.agent('B-888').signIn('parentx', 'password3');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('no_back_office');
  });

  it('answers 429 after too many attempts for one login', async () => {
    const a = env.agent('B-888');
    for (let i = 0; i < 10; i++) expect((await a.signIn('admin', 'wrong')).status).toBe(401);
    const res = await a.signIn('admin', 'password1');
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('rate_limited');
    env.clock.advance(15 * MINUTE);
    expect((await a.signIn('admin', 'password1')).status).toBe(200);
  });
});

describe('sessions', () => {
  it('rotates the token at sign-in: the old cookie no longer works', async () => {
    const a = env.agent('B-888');
    await a.signIn('admin', 'password1');
    const first = a.cookies.get('sc_session')?.value;
    await a.signIn('admin', 'password1');
    const second = a.cookies.get('sc_session')?.value;
    expect(second).not.toBe(first);
    const old = env.agent('B-888');
    old.cookies.set('sc_session', { value: first ?? '', path: '/api/s/B-888' });
    expect((await old.get('auth/me')).status).toBe(401);
  });

  it('expires after the idle time and after the absolute time', async () => {
    const a = env.agent('B-888');
    await a.signIn('admin', 'password1');
    env.clock.advance(2 * HOUR + 1);
    expect((await a.get('auth/me')).status).toBe(401);

    const b = env.agent('B-888');
    await b.signIn('admin', 'password1');
    for (let i = 0; i < 12; i++) {
      env.clock.advance(HOUR - MINUTE);
      const res = await b.get('auth/me');
      expect(res.status).toBe(i < 12 && (i + 1) * (HOUR - MINUTE) < 12 * HOUR ? 200 : 401);
    }
    env.clock.advance(HOUR);
    expect((await b.get('auth/me')).status).toBe(401);
  });

  it('revokes every session of a member who is disabled', async () => {
    const teacher = env.agent('B-888');
    await teacher.signIn('teacher', 'password2');
    expect((await teacher.get('auth/me')).status).toBe(200);
    const admin = env.agent('B-888');
    await admin.signIn('admin', 'password1');
    const list = await admin.get('members?q=李');
    const id = list.body.items[0].id;
    expect((await admin.post(`members/${id}/disable`)).status).toBe(200);
    expect((await teacher.get('auth/me')).status).toBe(401);
    expect((await teacher.signIn('teacher', 'password2')).body.error.code).toBe('account_disabled');
  });

  it('signs out', async () => {
    const a = env.agent('B-888');
    await a.signIn('admin', 'password1');
    expect((await a.post('auth/sign-out')).status).toBe(204);
    expect((await a.get('auth/me')).status).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write without the token, and with a wrong one', async () => {
    const a = env.agent('B-888');
    await a.signIn('admin', 'password1');
    const without = await a.raw('POST', 'messages/read-all', { csrf: false });
    expect(without.status).toBe(403);
    expect((await without.json()).error.code).toBe('csrf');
    const wrong = await a.raw('POST', 'messages/read-all', { csrf: false, headers: { 'x-csrf-token': 'x'.repeat(64) } });
    expect(wrong.status).toBe(403);
    expect((await a.post('messages/read-all')).status).toBe(204);
  });

  it('refuses a sign-in posted from another site', async () => {
    const res = await env.agent('B-888').raw('POST', 'auth/sign-in', {
      body: JSON.stringify({ login: 'admin', password: 'password1' }),
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
  });
});

describe('mobile sign-in with an SMS code', () => {
  it('sends a code and signs in with it once', async () => {
    const a = env.agent('B-888');
    const res = await a.signInWithCode('853', '66000101', (p) => env.sms.lastCode(p));
    expect(res.status).toBe(200);
    expect(res.body.member.kind).toBe('parent');
    expect((await a.get('auth/me')).body.surface).toBe('mobile');
    const again = await env.agent('B-888').post('auth/code/sign-in', { areaCode: '853', phone: '66000101', code: env.sms.lastCode('66000101') });
    expect(again.status).toBe(401);
  });

  it('refuses a wrong code, an unknown phone, and a second code within a minute', async () => {
    const a = env.agent('B-888');
    expect((await a.post('auth/code', { areaCode: '853', phone: '66009999' })).body.error).toMatchObject({ code: 'no_such_phone', field: 'phone' });
    expect((await a.post('auth/code', { areaCode: '853', phone: '66000101' })).status).toBe(204);
    expect((await a.post('auth/code', { areaCode: '853', phone: '66000101' })).status).toBe(429);
    const bad = await a.post('auth/code/sign-in', { areaCode: '853', phone: '66000101', code: '000000' === env.sms.lastCode('66000101') ? '111111' : '000000' });
    expect(bad.body.error).toMatchObject({ code: 'code_invalid', field: 'code' });
  });

  it('locks a code after five wrong attempts', async () => {
    const a = env.agent('B-888');
    await a.post('auth/code', { areaCode: '853', phone: '66000101' });
    const right = env.sms.lastCode('66000101');
    const wrong = right === '123456' ? '654321' : '123456';
    for (let i = 0; i < 5; i++) await a.post('auth/code/sign-in', { areaCode: '853', phone: '66000101', code: wrong });
    expect((await a.post('auth/code/sign-in', { areaCode: '853', phone: '66000101', code: right })).status).toBe(401);
  });
});

describe('ADM-04 SMS second factor for the back-office', () => {
  it('ADM-04 asks for the SMS code after the password when the school turns it on', async () => {
    const admin = env.agent('B-888');
    await admin.signIn('admin', 'password1');
    expect((await admin.patch('settings/security', { smsSecondFactor: true })).status).toBe(200);

    const t = env.agent('B-888');
    const first = await t.signIn('teacher', 'password2');
    expect(first.body).toMatchObject({ secondFactor: 'sms', phoneHint: '+853 ****0002' });
    expect((await t.get('auth/me')).status).toBe(401);
    expect((await t.post('auth/second-factor', { code: '000000' === env.sms.lastCode('66000002') ? '111111' : '000000' })).status).toBe(401);
    const done = await t.post('auth/second-factor', { code: env.sms.lastCode('66000002') });
    expect(done.status).toBe(200);
    t.csrfToken = done.body.csrfToken;
    expect((await t.get('auth/me')).body.member.name).toBe('李老師');
  });
});
