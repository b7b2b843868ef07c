import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, isUnauthenticated, schoolApi } from './client';
import { setLocale } from './i18n';

type Call = { url: string; init: RequestInit };

function stubFetch(...responses: Response[]): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      const next = responses.shift();
      if (!next) throw new TypeError('no more responses');
      return next;
    }),
  );
  return calls;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const header = (call: Call, name: string) => (call.init.headers as Record<string, string>)[name];
const member = { id: 'm1', name: '陳校長', kind: 'staff', adminRole: 'creator', isTeacher: false, isStaff: true };

describe('schoolApi', () => {
  beforeEach(() => setLocale('zh-Hant'));
  afterEach(() => vi.unstubAllGlobals());

  it('Should send the UI language and build list queries without empty params', async () => {
    const calls = stubFetch(json({ items: [], page: 2, pageSize: 10, total: 0 }));
    setLocale('pt');
    await schoolApi('B-888').members.list({ page: 2, pageSize: 10, q: '', kind: 'staff', status: '' });
    expect(calls[0].url).toBe('/api/s/B-888/members?page=2&pageSize=10&kind=staff');
    expect(header(calls[0], 'Accept-Language')).toBe('pt');
    expect(calls[0].init.method).toBe('GET');
  });

  it('Should keep the CSRF token from sign-in and send it on writes only', async () => {
    const calls = stubFetch(json({ member, csrfToken: 'tok-1' }), json({ ...member, status: 'disabled' }), json({ items: [], page: 1, pageSize: 20, total: 0 }));
    const api = schoolApi('S-1');
    await api.auth.signIn({ login: 'admin', password: 'x' });
    expect(header(calls[0], 'X-CSRF-Token')).toBeUndefined();
    await api.members.disable('m2');
    expect(calls[1].url).toBe('/api/s/S-1/members/m2/disable');
    expect(header(calls[1], 'X-CSRF-Token')).toBe('tok-1');
    await api.audit.list({});
    expect(header(calls[2], 'X-CSRF-Token')).toBeUndefined();
  });

  it('Should turn the error shape into an ApiError with code, message and field', async () => {
    stubFetch(json({ error: { code: 'bad_credentials', message: '帳號或密碼錯誤', field: 'password' } }, 401));
    const error = await schoolApi('S-2').auth.signIn({ login: 'a', password: 'b' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'bad_credentials', message: '帳號或密碼錯誤', field: 'password' });
    expect(isUnauthenticated(error)).toBe(false);
  });

  it('Should describe a response that is not ours by its status, in the UI language', async () => {
    stubFetch(new Response('<html>Bad gateway</html>', { status: 502 }));
    setLocale('en');
    const error = await schoolApi('S-3').info().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, code: 'http', message: 'The server answered with an error (502)' });
  });

  it('Should report a network failure as code "network"', async () => {
    stubFetch();
    const error = await schoolApi('S-4').auth.me().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'network', message: '無法連接伺服器，請檢查網絡後再試' });
  });

  it('Should fetch a fresh token once and retry a write refused for CSRF', async () => {
    const calls = stubFetch(
      json({ error: { code: 'csrf', message: '請求來源無效' } }, 403),
      json({ member, surface: 'back-office', csrfToken: 'tok-2' }),
      new Response(null, { status: 204 }),
    );
    await schoolApi('S-5').messages.readAll();
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual([
      'POST /api/s/S-5/messages/read-all',
      'GET /api/s/S-5/auth/me',
      'POST /api/s/S-5/messages/read-all',
    ]);
    expect(header(calls[2], 'X-CSRF-Token')).toBe('tok-2');
  });

  it('Should not retry a CSRF refusal twice', async () => {
    stubFetch(
      json({ error: { code: 'csrf', message: 'no' } }, 403),
      json({ member, surface: 'back-office', csrfToken: 'tok-3' }),
      json({ error: { code: 'csrf', message: 'still no' } }, 403),
    );
    const error = await schoolApi('S-6').members.remove('m9').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'csrf', message: 'still no' });
  });

  it('Should recognise a lapsed session', async () => {
    stubFetch(json({ error: { code: 'unauthenticated', message: '請先登入' } }, 401));
    expect(isUnauthenticated(await schoolApi('S-7').auth.me().catch((e: unknown) => e))).toBe(true);
  });
});
