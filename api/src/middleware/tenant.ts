import { createMiddleware } from 'hono/factory';
import { systemContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import type { AppEnv } from '../lib/hono';

/**
 * Resolves the school of a `/api/s/:school/…` request once: registry → active school →
 * its database. Everything after this reads `c.var.ctx` and so only that school's data.
 */
export const tenant = createMiddleware<AppEnv>(async (c, next) => {
  const deps = c.var.deps;
  const code = c.req.param('school') ?? '';
  const school = /^[A-Za-z0-9-]{1,20}$/.test(code) ? await deps.registry.active(code.toUpperCase()) : null;
  if (!school) throw new ApiError('school_not_found');
  const { db } = await deps.schools.get(school.code);
  c.set('ctx', { ...systemContext(deps, school, db), ip: clientIp(c.req.raw.headers), locale: c.var.locale });
  await next();
});

/** The caller's address: Cloudflare's header at the edge, the proxy's or none locally. */
export function clientIp(headers: Headers): string | null {
  return headers.get('cf-connecting-ip') ?? headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? null;
}
