import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { controlRateLimits, operators, operatorSessions } from '../../../db/control/schema';
import type { Deps } from '../deps';
import { HOUR } from '../lib/clock';
import { constantTimeEqualString, DUMMY_PASSWORD_HASH, hashSecret, verifyPassword } from '../lib/crypto';
import { ApiError } from '../lib/errors';
import type { AppEnv } from '../lib/hono';
import { newToken } from '../lib/ids';
import { hit, LIMITS } from '../lib/rate-limit';
import { clientIp } from '../middleware/tenant';

const COOKIE = 'sc_operator';
const IDLE = 2 * HOUR;
const ABSOLUTE = 12 * HOUR;

export type OperatorEnv = AppEnv & { Variables: { operator: { id: string; name: string } | null; operatorToken: string | null } };

/** Operator sign-in: account + password, rate limited per account and address. */
export async function operatorSignIn(deps: Deps, c: Context, input: { account: string; password: string }) {
  const now = deps.clock.now();
  await hit(deps.control.db, controlRateLimits, `op-sign-in:${input.account.toLowerCase()}`, LIMITS.signInPerLogin, now.getTime());
  const ip = clientIp(c.req.raw.headers);
  if (ip) await hit(deps.control.db, controlRateLimits, `op-sign-in-ip:${ip}`, LIMITS.signInPerIp, now.getTime());
  const op = await deps.control.db.select().from(operators).where(eq(operators.account, input.account)).get();
  const ok = await verifyPassword(input.password, op?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!op || !ok) throw new ApiError('bad_credentials', { field: 'password' });
  if (op.status !== 'active') throw new ApiError('account_disabled', { field: 'account' });
  const previous = getCookie(c, COOKIE);
  if (previous) await deps.control.db.delete(operatorSessions).where(eq(operatorSessions.idHash, hashSecret(previous)));
  const token = newToken();
  await deps.control.db.insert(operatorSessions).values({
    idHash: hashSecret(token),
    operatorId: op.id,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + ABSOLUTE),
  });
  setCookie(c, COOKIE, token, { path: '/api/operator', httpOnly: true, sameSite: 'Lax', secure: deps.config.secureCookies, maxAge: ABSOLUTE / 1000 });
  return { operator: { id: op.id, name: op.name }, csrfToken: hashSecret(`csrf:${token}`) };
}

export async function operatorSignOut(deps: Deps, c: Context): Promise<void> {
  const token = getCookie(c, COOKIE);
  if (token) await deps.control.db.delete(operatorSessions).where(eq(operatorSessions.idHash, hashSecret(token)));
  deleteCookie(c, COOKIE, { path: '/api/operator' });
}

/** Resolves the operator session; writes need the session's CSRF token. */
export const operatorSession = createMiddleware<OperatorEnv>(async (c, next) => {
  const deps = c.var.deps;
  c.set('operator', null);
  const token = getCookie(c, COOKIE) ?? null;
  c.set('operatorToken', token);
  if (token) {
    const now = deps.clock.now().getTime();
    const row = await deps.control.db
      .select({ s: operatorSessions, op: operators })
      .from(operatorSessions)
      .innerJoin(operators, eq(operators.id, operatorSessions.operatorId))
      .where(eq(operatorSessions.idHash, hashSecret(token)))
      .get();
    if (row && row.op.status === 'active' && now < row.s.expiresAt.getTime() && now - row.s.lastSeenAt.getTime() < IDLE) {
      if (!['GET', 'HEAD'].includes(c.req.method) && !c.req.path.endsWith('/sign-in')) {
        if (!constantTimeEqualString(c.req.header('x-csrf-token') ?? '', hashSecret(`csrf:${token}`))) throw new ApiError('csrf');
      }
      if (now - row.s.lastSeenAt.getTime() > 60_000) {
        await deps.control.db.update(operatorSessions).set({ lastSeenAt: new Date(now) }).where(eq(operatorSessions.idHash, row.s.idHash));
      }
      c.set('operator', { id: row.op.id, name: row.op.name });
    }
  }
  await next();
});

export const requireOperator = createMiddleware<OperatorEnv>(async (c, next) => {
  if (!c.var.operator) throw new ApiError('unauthenticated');
  await next();
});
