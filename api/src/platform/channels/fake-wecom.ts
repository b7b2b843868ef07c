import { Hono } from 'hono';
import type { FetchLike } from '../fetch-like';

// A stand-in for qyapi.weixin.qq.com and open.weixin.qq.com in tests. It is a `fetch`
// function over a Hono app (no port), so it runs the same on Node, Bun and workerd.

/** Who an OAuth code signs in: a staff member (userid) or a 家校 parent / student. */
export type FakeIdentity = { userid: string } | { parent_userid: string } | { student_userid: string };

export interface SentPayload {
  path: '/cgi-bin/message/send' | '/cgi-bin/externalcontact/message/send';
  corpId: string;
  body: Record<string, unknown>;
}

export interface FakeWecom {
  baseUrl: string;
  /** Pass as the adapters' `fetch`; answers any host. */
  fetch: FetchLike;
  /** Messages delivered (duplicates suppressed by the duplicate check are not here). */
  sent: SentPayload[];
  /** Messages the duplicate check kept back. */
  suppressed: SentPayload[];
  readonly tokenRequests: number;
  /** Recipients the fake treats as unknown (listed in invaliduser / invalid_*_userid). */
  invalid: Set<string>;
  /** The next `n` API calls (not gettoken) fail: with this errcode, a 500, or a network error. */
  failNext(n: number, failure: number | 'http-500' | 'network'): void;
  /** Revokes every token handed out so far (the next call answers 42001). */
  expireTokens(): void;
  /** A one-time OAuth code for `identity`, as if the browser came back from authorize. */
  issueCode(identity: FakeIdentity): string;
  /** Whom the authorize endpoint signs in (it redirects with a fresh code), or nobody. */
  signInAs(identity: FakeIdentity | null): void;
  close(): void;
}

/** Starts a fake WeCom. `now` drives token expiry and the duplicate window. */
export function startFakeWecom(options: { now?: () => number; tokenTtlSeconds?: number } = {}): FakeWecom {
  const now = options.now ?? Date.now;
  const ttl = options.tokenTtlSeconds ?? 7200;
  const tokens = new Map<string, { corpId: string; expiresAt: number }>();
  const codes = new Map<string, FakeIdentity>();
  const recent = new Map<string, { at: number; msgid: string }>();
  const failures: (number | 'http-500' | 'network')[] = [];
  const state = { tokenRequests: 0, counter: 0, signedIn: null as FakeIdentity | null };
  const next = (prefix: string) => `${prefix}${++state.counter}`;
  const fake = { sent: [] as SentPayload[], suppressed: [] as SentPayload[], invalid: new Set<string>() };

  const app = new Hono<{ Variables: { corpId: string } }>();
  const error = (errcode: number, errmsg: string) => ({ errcode, errmsg });

  app.get('/cgi-bin/gettoken', (c) => {
    state.tokenRequests++;
    const corpId = c.req.query('corpid');
    if (!corpId) return c.json(error(41002, 'corpid missing'));
    if (!c.req.query('corpsecret')) return c.json(error(41004, 'corpsecret missing'));
    const token = next('fake-token-');
    tokens.set(token, { corpId, expiresAt: now() + ttl * 1000 });
    return c.json({ errcode: 0, errmsg: 'ok', access_token: token, expires_in: ttl });
  });

  app.use('/cgi-bin/*', async (c, nextHandler) => {
    const token = tokens.get(c.req.query('access_token') ?? '');
    if (!token) return c.json(error(40014, 'invalid access_token'));
    if (token.expiresAt <= now()) return c.json(error(42001, 'access_token expired'));
    c.set('corpId', token.corpId);
    await nextHandler();
  });

  const deliver = (path: SentPayload['path'], corpId: string, body: Record<string, unknown>, recipients: string[]) => {
    // WeCom's duplicate check: the same request JSON within the interval is not delivered again.
    const key = `${corpId}\u0000${path}\u0000${JSON.stringify(body)}`;
    const interval = typeof body.duplicate_check_interval === 'number' ? body.duplicate_check_interval : 1800;
    const last = recent.get(key);
    if (body.enable_duplicate_check === 1 && last && now() - last.at < interval * 1000) {
      fake.suppressed.push({ path, corpId, body });
      return last.msgid;
    }
    const msgid = next('fake-msg-');
    recent.set(key, { at: now(), msgid });
    if (recipients.some((r) => !fake.invalid.has(r))) fake.sent.push({ path, corpId, body });
    return msgid;
  };

  app.post('/cgi-bin/message/send', async (c) => {
    const body = await c.req.json<Record<string, unknown>>().catch(() => null);
    if (!body || typeof body.touser !== 'string' || typeof body.agentid !== 'number') return c.json(error(40003, 'bad request'));
    const msgtype = body.msgtype;
    if (typeof msgtype !== 'string' || !body[msgtype]) return c.json(error(40008, 'invalid message type'));
    const users = body.touser.toLowerCase().split('|');
    const invaliduser = users.filter((u) => fake.invalid.has(u));
    if (invaliduser.length === users.length) return c.json(error(81013, 'user & party & tag all invalid'));
    const msgid = deliver('/cgi-bin/message/send', c.get('corpId'), body, users);
    return c.json({ errcode: 0, errmsg: 'ok', invaliduser: invaliduser.join('|'), invalidparty: '', invalidtag: '', msgid });
  });

  app.post('/cgi-bin/externalcontact/message/send', async (c) => {
    const body = await c.req.json<Record<string, unknown>>().catch(() => null);
    if (!body || typeof body.agentid !== 'number') return c.json(error(40003, 'bad request'));
    const msgtype = body.msgtype;
    if (typeof msgtype !== 'string' || !body[msgtype]) return c.json(error(40008, 'invalid message type'));
    const list = (field: string) => (Array.isArray(body[field]) ? (body[field] as string[]) : []);
    const recipients = [...list('to_parent_userid'), ...list('to_student_userid')];
    if (recipients.length === 0) return c.json(error(40003, 'no recipient'));
    deliver('/cgi-bin/externalcontact/message/send', c.get('corpId'), body, recipients);
    const invalid = (field: string) => list(field).filter((u) => fake.invalid.has(u));
    return c.json({
      errcode: 0,
      errmsg: 'ok',
      invalid_parent_userid: invalid('to_parent_userid'),
      invalid_student_userid: invalid('to_student_userid'),
      invalid_party: [],
    });
  });

  const redeem = (code: string | undefined) => {
    const identity = code ? codes.get(code) : undefined;
    if (code) codes.delete(code); // a code works once
    return identity;
  };
  app.get('/cgi-bin/auth/getuserinfo', (c) => {
    const identity = redeem(c.req.query('code'));
    if (!identity) return c.json(error(40029, 'invalid code'));
    if ('userid' in identity) return c.json({ errcode: 0, errmsg: 'ok', userid: identity.userid });
    return c.json({ errcode: 0, errmsg: 'ok', openid: `fake-openid-${Object.values(identity)[0]}` });
  });
  app.get('/cgi-bin/school/getuserinfo', (c) => {
    const identity = redeem(c.req.query('code'));
    if (!identity) return c.json(error(40029, 'invalid code'));
    if ('userid' in identity) return c.json({ errcode: 0, errmsg: 'ok' });
    return c.json({ errcode: 0, errmsg: 'ok', ...identity });
  });

  app.get('/connect/oauth2/authorize', (c) => {
    const redirect = c.req.query('redirect_uri');
    if (!redirect || c.req.query('response_type') !== 'code') return c.text('bad authorize request', 400);
    if (!state.signedIn) return c.text('nobody signed in', 403);
    const target = new URL(redirect);
    target.searchParams.set('code', issueCode(state.signedIn));
    target.searchParams.set('state', c.req.query('state') ?? '');
    return c.redirect(target.toString(), 302);
  });

  function issueCode(identity: FakeIdentity): string {
    const code = next('fake-code-');
    codes.set(code, identity);
    return code;
  }

  const fetch: FetchLike = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (failures.length > 0 && url.pathname.startsWith('/cgi-bin/') && url.pathname !== '/cgi-bin/gettoken') {
      const failure = failures.shift();
      if (failure === 'network') throw new TypeError('fetch failed');
      if (failure === 'http-500') return new Response('internal error', { status: 500 });
      return Response.json(error(failure ?? -1, 'fake failure'));
    }
    return app.request(input, init);
  };

  return {
    baseUrl: 'https://qyapi.fake-wecom.test',
    fetch,
    ...fake,
    get tokenRequests() {
      return state.tokenRequests;
    },
    failNext(n, failure) {
      for (let i = 0; i < n; i++) failures.push(failure);
    },
    expireTokens() {
      for (const token of tokens.values()) token.expiresAt = 0;
    },
    issueCode,
    signInAs(identity) {
      state.signedIn = identity;
    },
    close() {
      tokens.clear();
      codes.clear();
      recent.clear();
      failures.length = 0;
    },
  };
}
