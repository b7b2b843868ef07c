import { and, eq, ne, or } from 'drizzle-orm';
import { members, rateLimits } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { DUMMY_PASSWORD_HASH, verifyPassword } from '../lib/crypto';
import { ApiError } from '../lib/errors';
import { hit, LIMITS } from '../lib/rate-limit';
import { getSetting } from '../settings/settings';
import { sendCode } from './sms-codes';

type Member = typeof members.$inferSelect;

/**
 * Back-office sign-in by account or phone and password. Only staff may use the back-office;
 * when the school asks for it (ADM-04) an SMS code follows before the session is whole.
 */
export async function checkPassword(
  ctx: ServiceContext,
  input: { login: string; password: string },
): Promise<{ member: Member; secondFactor: boolean; phoneHint: string | null }> {
  const now = ctx.clock.now().getTime();
  const login = input.login.trim();
  await hit(ctx.db, rateLimits, `sign-in:${login.toLowerCase()}`, LIMITS.signInPerLogin, now);
  if (ctx.ip) await hit(ctx.db, rateLimits, `sign-in-ip:${ctx.ip}`, LIMITS.signInPerIp, now);

  const phone = login.replace(/^\+?(853|852|86)[\s-]?/, '').replace(/[\s-]/g, '');
  const candidates = await ctx.db
    .select()
    .from(members)
    .where(and(ne(members.status, 'removed'), or(eq(members.account, login), eq(members.phone, phone))))
    .all();
  // an account name wins over a phone; among phones, Macao numbers first
  const member =
    candidates.find((m) => m.account === login) ?? candidates.sort((a, b) => Number(b.areaCode === '853') - Number(a.areaCode === '853'))[0];
  const ok = await verifyPassword(input.password, member?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!member || !member.passwordHash || !ok) throw new ApiError('bad_credentials', { field: 'password' });
  if (member.status !== 'active') throw new ApiError('account_disabled', { field: 'login' });
  if (member.kind !== 'staff') throw new ApiError('no_back_office', { field: 'login' });

  const security = await getSetting(ctx.db, 'security');
  if (!security.smsSecondFactor || !member.phone) return { member, secondFactor: false, phoneHint: null };
  await sendCode(ctx, { purpose: 'second-factor', areaCode: member.areaCode, phone: member.phone });
  return { member, secondFactor: true, phoneHint: `+${member.areaCode} ****${member.phone.slice(-4)}` };
}

/** The active member with this phone, or a 404 naming the phone field. */
export async function memberByPhone(ctx: ServiceContext, areaCode: string, phone: string): Promise<Member> {
  const member = await ctx.db
    .select()
    .from(members)
    .where(and(eq(members.areaCode, areaCode), eq(members.phone, phone), ne(members.status, 'removed')))
    .get();
  if (!member) throw new ApiError('no_such_phone', { field: 'phone' });
  if (member.status !== 'active') throw new ApiError('account_disabled', { field: 'phone' });
  return member;
}

/** The member a WeCom userid or WeChat openid belongs to, or null. */
export async function memberByChannelId(ctx: ServiceContext, provider: 'wecom' | 'wechat', userId: string): Promise<Member | null> {
  const column = provider === 'wecom' ? members.wecomUserId : members.schoolUserId;
  const member = await ctx.db.select().from(members).where(eq(column, userId)).get();
  return member && member.status === 'active' ? member : null;
}
