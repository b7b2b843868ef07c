import { createMiddleware } from 'hono/factory';
import { ApiError } from '../lib/errors';
import type { AppEnv } from '../lib/hono';

/**
 * WEB-06 需在電腦端進行微官網管理，手機端只可以進行查看: managing the micro-site takes a
 * back-office (desktop) session; a phone session may only read the public site.
 */
export const desktopOnly = createMiddleware<AppEnv>(async (c, next) => {
  if (c.var.session?.surface !== 'back-office') throw new ApiError('site_desktop_only');
  await next();
});
