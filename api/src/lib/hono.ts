import { type Context, Hono } from 'hono';
import type { ResolvedSession } from '../auth/sessions';
import type { Deps } from '../deps';
import type { ServiceContext } from './context';
import type { Locale } from './i18n';

/** Per-request values, set once by middleware (tenant, session) and read by handlers. */
export type AppEnv = {
  Variables: {
    deps: Deps;
    locale: Locale;
    /** Set by the tenant middleware on every /api/s/:school route. */
    ctx: ServiceContext;
    /** The session cookie's token and its session, when there is one. */
    token: string | null;
    session: ResolvedSession | null;
  };
};

/** A sub-app for one domain. */
export const router = () => new Hono<AppEnv>();

const serialized = new WeakMap<object, Uint8Array>();
const encoder = new TextEncoder();

/**
 * `c.json` for a value served many times unchanged (a remembered page of a versioned cache):
 * it is serialised and encoded once, on first use, and the bytes live as long as the value.
 */
export function cachedJson<T extends object>(c: Context<AppEnv>, value: T): Response {
  let bytes = serialized.get(value);
  if (bytes === undefined) {
    bytes = encoder.encode(JSON.stringify(value));
    serialized.set(value, bytes);
  }
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { 'content-type': 'application/json; charset=UTF-8' });
}
