import type { Hono } from 'hono';

type Fetchable = Pick<Hono, 'request'>;

/**
 * A browser-like client for tests: keeps cookies per path, sends the CSRF token it was given,
 * speaks JSON. `raw` gives full control for security tests.
 */
export class Agent {
  cookies = new Map<string, { value: string; path: string }>();
  csrfToken: string | null = null;
  language = 'zh-Hant';
  constructor(
    private readonly app: Fetchable,
    readonly school: string,
  ) {}

  /** A path under this school's API, e.g. `messages` → `/api/s/B-888/messages`. */
  path(p: string): string {
    return p.startsWith('/') ? p : `/api/s/${this.school}/${p}`;
  }

  async raw(method: string, p: string, init: { body?: BodyInit | null; headers?: Record<string, string>; csrf?: boolean } = {}): Promise<Response> {
    const url = this.path(p);
    const headers: Record<string, string> = { 'accept-language': this.language, ...init.headers };
    const cookie = [...this.cookies.entries()]
      .filter(([, c]) => url.startsWith(c.path))
      .map(([k, c]) => `${k}=${c.value}`)
      .join('; ');
    if (cookie) headers.cookie = cookie;
    if (init.csrf !== false && this.csrfToken && method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    const res = await this.app.request(url, { method, body: init.body ?? null, headers });
    for (const line of res.headers.getSetCookie()) this.#store(line);
    return res;
  }

  #store(line: string): void {
    const [pair, ...attrs] = line.split(';').map((s) => s.trim());
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    const path = attrs.find((a) => a.toLowerCase().startsWith('path='))?.slice(5) ?? '/';
    const maxAge = attrs.find((a) => a.toLowerCase().startsWith('max-age='));
    if (value === '' || maxAge === 'Max-Age=0') this.cookies.delete(name);
    else this.cookies.set(name, { value, path });
  }

  async json(method: string, p: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await this.raw(method, p, {
      body: body === undefined ? null : JSON.stringify(body),
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    });
    const text = await res.text();
    const isJson = res.headers.get('content-type')?.includes('json');
    const data = text ? (isJson ? JSON.parse(text) : text) : null;
    return { status: res.status, body: data, headers: res.headers };
  }

  get = (p: string) => this.json('GET', p);
  post = (p: string, body?: unknown) => this.json('POST', p, body);
  patch = (p: string, body?: unknown) => this.json('PATCH', p, body);
  delete = (p: string) => this.json('DELETE', p);

  /** Back-office sign-in; keeps the session cookie and CSRF token. */
  async signIn(login: string, password: string) {
    const res = await this.post('auth/sign-in', { login, password });
    if (res.body?.csrfToken) this.csrfToken = res.body.csrfToken;
    return res;
  }

  /** Mobile sign-in with an SMS code read by `codeOf`. */
  async signInWithCode(areaCode: string, phone: string, codeOf: (phone: string) => string) {
    const sent = await this.post('auth/code', { areaCode, phone });
    if (sent.status !== 204) return sent;
    const res = await this.post('auth/code/sign-in', { areaCode, phone, code: codeOf(phone) });
    if (res.body?.csrfToken) this.csrfToken = res.body.csrfToken;
    return res;
  }
}
