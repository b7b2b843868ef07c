import { getCookie, setCookie } from 'hono/cookie';
import { describeRoute } from 'hono-openapi';
import { members } from '../../../db/schema';
import { eq, sql } from 'drizzle-orm';
import { perClient, type SchoolDb } from '../../../db/client';
import { ApiError } from '../lib/errors';
import { router } from '../lib/hono';
import { newToken } from '../lib/ids';
import { valid } from '../lib/validate';
import { presentSelf } from '../members/presenter';
import { clearSessionCookie, requireActor, setSessionCookie } from '../middleware/session';
import { getSetting } from '../settings/settings';
import { CodeInput, CodeSignInInput, OAuthCallbackQuery, OAuthProviderParam, RequestCodeInput, SignInInput } from './schemas';
import { confirmSecondFactor, csrfTokenOf, endSession, startSession } from './sessions';
import { checkPassword, memberByChannelId, memberByPhone } from './sign-in';
import { qrLoginRoutes } from './qr-login';
import { consumeCode, sendCode } from './sms-codes';

const tags = ['auth'];
const OAUTH_STATE_COOKIE = 'sc_oauth_state';
/** The columns presentSelf shows: reading only these keeps /me cheap (docs/BENCHMARKS.md). */
const SELF_COLUMNS = {
  id: members.id,
  name: members.name,
  kind: members.kind,
  adminRole: members.adminRole,
  isTeacher: members.isTeacher,
  isStaff: members.isStaff,
};

/** /me's query, built once per school database rather than on every request. */
const selfQuery = perClient((db: SchoolDb) => db.select(SELF_COLUMNS).from(members).where(eq(members.id, sql.placeholder('id'))).prepare());

export const authRoutes = router()
  .post('/sign-in', describeRoute({ tags, summary: 'Back-office sign-in (account or phone + password)' }), valid('json', SignInInput), async (c) => {
    const ctx = c.var.ctx;
    const result = await checkPassword(ctx, c.req.valid('json'));
    const token = await startSession(ctx, {
      memberId: result.member.id,
      surface: 'back-office',
      pendingSecondFactor: result.secondFactor,
      previousToken: c.var.token,
      userAgent: c.req.header('user-agent'),
    });
    setSessionCookie(c, token, 'back-office', result.secondFactor);
    if (result.secondFactor) return c.json({ secondFactor: 'sms' as const, phoneHint: result.phoneHint });
    return c.json({ member: presentSelf(result.member), csrfToken: csrfTokenOf(token) });
  })
  .post('/second-factor', describeRoute({ tags, summary: 'Completes a back-office sign-in with the SMS code (ADM-04)' }), valid('json', CodeInput), async (c) => {
    const ctx = c.var.ctx;
    const session = c.var.session;
    const token = c.var.token;
    if (!session?.pendingSecondFactor || !token) throw new ApiError('unauthenticated');
    const member = await ctx.db.select().from(members).where(eq(members.id, session.actor.memberId)).get();
    if (!member?.phone) throw new ApiError('unauthenticated');
    await consumeCode(ctx, { purpose: 'second-factor', areaCode: member.areaCode, phone: member.phone, code: c.req.valid('json').code });
    await confirmSecondFactor(ctx, session);
    setSessionCookie(c, token, session.surface);
    return c.json({ member: presentSelf(member), csrfToken: csrfTokenOf(token) });
  })
  .post('/code', describeRoute({ tags, summary: 'Sends a mobile sign-in code by SMS' }), valid('json', RequestCodeInput), async (c) => {
    const ctx = c.var.ctx;
    const { areaCode, phone } = c.req.valid('json');
    await memberByPhone(ctx, areaCode, phone);
    await sendCode(ctx, { purpose: 'sign-in', areaCode, phone });
    return c.body(null, 204);
  })
  .post('/code/sign-in', describeRoute({ tags, summary: 'Mobile sign-in with phone and SMS code' }), valid('json', CodeSignInInput), async (c) => {
    const ctx = c.var.ctx;
    const input = c.req.valid('json');
    const member = await memberByPhone(ctx, input.areaCode, input.phone);
    await consumeCode(ctx, { purpose: 'sign-in', ...input });
    const token = await startSession(ctx, { memberId: member.id, surface: 'mobile', previousToken: c.var.token, userAgent: c.req.header('user-agent') });
    setSessionCookie(c, token, 'mobile');
    return c.json({ member: presentSelf(member), csrfToken: csrfTokenOf(token) });
  })
  .get('/oauth/:provider/start', describeRoute({ tags, summary: 'Starts WeCom (staff) or WeChat (parents, students) sign-in' }), valid('param', OAuthProviderParam), async (c) => {
    const ctx = c.var.ctx;
    const { provider } = c.req.valid('param');
    const channels = await getSetting(ctx.db, 'channels');
    if (!channels || !ctx.school.wecomCorpId) throw new ApiError('channel_not_configured');
    const state = newToken();
    setCookie(c, OAUTH_STATE_COOKIE, state, {
      path: `/api/s/${ctx.school.code}/auth/oauth`,
      httpOnly: true,
      sameSite: 'Lax',
      secure: c.var.deps.config.secureCookies,
      maxAge: 600,
    });
    const redirectUri = `${ctx.config.publicUrl}/api/s/${ctx.school.code}/auth/oauth/${provider}/callback`;
    const url = ctx.platform.oauth[provider].authorizeUrl({ corpId: ctx.school.wecomCorpId, ...channels }, { redirectUri, state });
    return c.redirect(url, 302);
  })
  .get(
    '/oauth/:provider/callback',
    describeRoute({ tags, summary: 'OAuth return: signs the member in and opens the mobile app' }),
    valid('param', OAuthProviderParam),
    valid('query', OAuthCallbackQuery),
    async (c) => {
      const ctx = c.var.ctx;
      const { provider } = c.req.valid('param');
      const { code, state } = c.req.valid('query');
      if (getCookie(c, OAUTH_STATE_COOKIE) !== state) throw new ApiError('oauth_failed');
      const channels = await getSetting(ctx.db, 'channels');
      if (!channels || !ctx.school.wecomCorpId) throw new ApiError('channel_not_configured');
      const identity = await ctx.platform.oauth[provider].identify({ corpId: ctx.school.wecomCorpId, ...channels }, code);
      const member = identity && (await memberByChannelId(ctx, provider, identity.userId));
      if (!member) throw new ApiError('oauth_failed');
      const token = await startSession(ctx, { memberId: member.id, surface: 'mobile', previousToken: c.var.token, userAgent: c.req.header('user-agent') });
      setSessionCookie(c, token, 'mobile');
      return c.redirect(`/admin/${ctx.school.code}/m`, 302);
    },
  )
  .post('/sign-out', describeRoute({ tags, summary: 'Ends the session' }), async (c) => {
    if (c.var.token) await endSession(c.var.ctx, c.var.token);
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  .get('/me', describeRoute({ tags, summary: 'The signed-in member' }), requireActor, async (c) => {
    const ctx = c.var.ctx;
    const session = c.var.session;
    const member = await selfQuery(ctx.db).get({ id: ctx.actor?.memberId ?? '' });
    if (!member || !session || !c.var.token) throw new ApiError('unauthenticated');
    return c.json({ member: presentSelf(member), surface: session.surface, csrfToken: csrfTokenOf(c.var.token) });
  })
  .route('/qr', qrLoginRoutes);
