import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { csrfTokenOf, resolveSession, SESSION_LIFETIME, type Surface } from '../auth/sessions';
import { constantTimeEqualString } from '../lib/crypto';
import { ApiError } from '../lib/errors';
import type { AppEnv } from '../lib/hono';

export const SESSION_COOKIE = 'sc_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Sign-in steps act with no session's authority: they check the Origin instead of a token. */
const PRE_AUTH = /\/auth\/(sign-in|second-factor|code|code\/sign-in|qr)$/;

/**
 * Reads the school's session cookie and, when it names a live session, makes its member the
 * actor. Writes made with the cookie must carry the session's CSRF token.
 */
export const session = createMiddleware<AppEnv>(async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE) ?? null;
  const preAuth = PRE_AUTH.test(c.req.path);
  if (preAuth && UNSAFE.has(c.req.method)) checkOrigin(c);
  c.set('token', token);
  c.set('session', null);
  if (token) {
    const found = await resolveSession(c.var.ctx, token);
    if (found) {
      c.set('session', found);
      if (UNSAFE.has(c.req.method) && !preAuth) {
        const sent = c.req.header('x-csrf-token') ?? '';
        if (!constantTimeEqualString(sent, csrfTokenOf(token))) throw new ApiError('csrf');
      }
      if (!found.pendingSecondFactor) c.var.ctx.actor = found.actor;
    }
  }
  await next();
});

/** 401 unless a member is signed in. */
export const requireActor = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.var.ctx.actor) throw new ApiError('unauthenticated');
  await next();
});

/** Sets the session cookie: HttpOnly, SameSite=Lax, scoped to the school's API path. */
export function setSessionCookie(c: Context<AppEnv>, token: string, surface: Surface, pending = false): void {
  setCookie(c, SESSION_COOKIE, token, {
    path: `/api/s/${c.var.ctx.school.code}`,
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.var.deps.config.secureCookies,
    maxAge: Math.floor((pending ? 10 * 60_000 : SESSION_LIFETIME[surface].absolute) / 1000),
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: `/api/s/${c.var.ctx.school.code}`, secure: c.var.deps.config.secureCookies });
}

/** A browser's cross-site POST carries a foreign Origin; refuse it. */
function checkOrigin(c: Context<AppEnv>): void {
  const origin = c.req.header('origin');
  if (!origin) return;
  const host = c.req.header('host') ?? new URL(c.req.url).host;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new ApiError('csrf');
  }
  if (originHost !== host && origin !== c.var.deps.config.publicUrl) throw new ApiError('csrf');
}
