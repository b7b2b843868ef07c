import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { describeRoute } from 'hono-openapi';
import { renderSVG } from 'uqr';
import * as v from 'valibot';
import { constantTimeEqualString } from '../lib/crypto';
import { notFound } from '../lib/errors';
import { router } from '../lib/hono';
import { valid } from '../lib/validate';
import { presentSelf } from '../members/presenter';
import { requireActor, setSessionCookie } from '../middleware/session';
import { confirmQrLogin, createQrLogin, pollQrLogin, QR_COLLECT, QR_LIFETIME } from './qr-tokens';
import { csrfTokenOf, startSession } from './sessions';

const tags = ['auth'];
/** Ties a QR code to the desk that asked for it. */
const QR_COOKIE = 'sc_qr';
const QrParam = v.object({ school: v.string(), token: v.pipe(v.string(), v.regex(/^[a-z2-7]{32}$/, 'token')) });

/**
 * APP-03 電腦端身份驗證: the desk shows a QR code, a signed-in phone confirms it, the desk's
 * poll starts a back-office session. Mounted at `/auth/qr`.
 *
 * Only the browser that asked for a code may collect its session: the code is also set in
 * an HttpOnly cookie, and a poll without it is a 404. Otherwise a page could make a victim's
 * browser collect a session the attacker confirmed with their own phone (login CSRF).
 */
export const qrLoginRoutes = router()
  .post('/', describeRoute({ tags, summary: 'APP-03 a QR code for desktop sign-in (anonymous)' }), async (c) => {
    const ctx = c.var.ctx;
    const { token, expiresAt } = await createQrLogin(ctx);
    const url = `${ctx.config.publicUrl}/admin/${ctx.school.code}/m/qr/${token}`;
    setCookie(c, QR_COOKIE, token, {
      path: `/api/s/${ctx.school.code}/auth/qr`,
      httpOnly: true,
      sameSite: 'Strict',
      secure: c.var.deps.config.secureCookies,
      maxAge: Math.ceil((QR_LIFETIME + QR_COLLECT) / 1000),
    });
    return c.json({ token, url, qrSvg: renderSVG(url), expiresAt: expiresAt.toISOString() }, 201);
  })
  .get('/:token', describeRoute({ tags, summary: 'APP-03 the desk polls: pending, or signed in' }), valid('param', QrParam), async (c) => {
    const ctx = c.var.ctx;
    const { token } = c.req.valid('param');
    if (!constantTimeEqualString(getCookie(c, QR_COOKIE) ?? '', token)) throw notFound();
    const result = await pollQrLogin(ctx, token);
    if (result.status === 'pending') return c.json({ status: 'pending' as const, expiresAt: result.expiresAt.toISOString() });
    // the phone's confirmation was the second factor (see confirmQrLogin): the session is whole
    const session = await startSession(ctx, {
      memberId: result.member.id,
      surface: 'back-office',
      previousToken: c.var.token,
      userAgent: c.req.header('user-agent'),
    });
    setSessionCookie(c, session, 'back-office');
    deleteCookie(c, QR_COOKIE, { path: `/api/s/${ctx.school.code}/auth/qr`, secure: c.var.deps.config.secureCookies });
    return c.json({ status: 'confirmed' as const, member: presentSelf(result.member), csrfToken: csrfTokenOf(session) });
  })
  .post(
    '/:token/confirm',
    describeRoute({ tags, summary: 'APP-03 a signed-in phone (staff) confirms the desk sign-in' }),
    requireActor,
    valid('param', QrParam),
    async (c) => {
      await confirmQrLogin(c.var.ctx, c.var.session, c.req.valid('param').token);
      return c.json({ status: 'confirmed' as const });
    },
  );
