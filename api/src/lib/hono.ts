import { Hono } from 'hono';
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
