import { startServer, type Server } from './processes';

export const DEMO_SCHOOL = 'B-888';
const DEMO_PASSWORD = 'demo1234';

/**
 * Starts the real Bun entry on `dataDir`, demo seeded, with no background work: no scheduler
 * (JOBS=0) and no micro-site builds (SITES=0), which would otherwise run Astro in a child
 * process during the measurements.
 */
export function startApp(dataDir: string, bunArgs: string[] = []): Promise<Server> {
  return startServer('api/src/bun.ts', { DATA_DIR: dataDir, DEMO: '1', JOBS: '0', SITES: '0' }, { bunArgs });
}

/** The `name=value` pair of a Set-Cookie header, for a Cookie header. */
function cookieOf(res: Response, name: string): string {
  const pair = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith(`${name}=`));
  if (!pair) throw new Error(`no ${name} cookie in the response`);
  return pair;
}

async function expectOk(res: Response, what: string): Promise<Response> {
  if (!res.ok) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return res;
}

/** Signs the demo creator in to the back-office; returns the session's Cookie header. */
export async function signInBackOffice(server: Server): Promise<string> {
  const res = await fetch(`${server.url}/api/s/${DEMO_SCHOOL}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'admin', password: DEMO_PASSWORD }),
  });
  await expectOk(res, 'back-office sign-in');
  return cookieOf(res, 'sc_session');
}

/** Signs the demo operator in; returns the Cookie and X-CSRF-Token headers its writes need. */
export async function signInOperator(server: Server): Promise<Record<string, string>> {
  const res = await fetch(`${server.url}/api/operator/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account: 'operator', password: DEMO_PASSWORD }),
  });
  await expectOk(res, 'operator sign-in');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie: cookieOf(res, 'sc_operator'), 'x-csrf-token': csrfToken };
}

/** GETs a path and returns its body text, failing on anything but 2xx. */
export async function getText(server: Server, path: string, headers: Record<string, string> = {}): Promise<string> {
  const res = await expectOk(await fetch(`${server.url}${path}`, { headers }), `GET ${path}`);
  return res.text();
}

/** POSTs JSON, failing on anything but 2xx. */
export async function postJson(server: Server, path: string, body: unknown, headers: Record<string, string> = {}): Promise<unknown> {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return (await expectOk(res, `POST ${path}`)).json();
}
