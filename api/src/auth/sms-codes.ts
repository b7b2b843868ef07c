import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { rateLimits, smsCodes } from '../../../db/schema';
import { MINUTE } from '../lib/clock';
import type { ServiceContext } from '../lib/context';
import { constantTimeEqualString, hashSecret, newNumericCode } from '../lib/crypto';
import { ApiError } from '../lib/errors';
import { newId } from '../lib/ids';
import { hit, LIMITS } from '../lib/rate-limit';

type Purpose = 'sign-in' | 'second-factor' | 'subscription';
const CODE_LIFETIME = 5 * MINUTE;
const MAX_ATTEMPTS = 5;

const TEXT: Record<Purpose, string> = {
  'sign-in': '登入驗證碼',
  'second-factor': '管理後台登入驗證碼',
  subscription: '訂閱驗證碼',
};

/** Sends a one-time code by SMS, limited per phone and per address (rate limits answer 429). */
export async function sendCode(ctx: ServiceContext, input: { purpose: Purpose; areaCode: string; phone: string }): Promise<void> {
  const now = ctx.clock.now();
  const phoneKey = `code:${input.areaCode}:${input.phone}`;
  // one code a minute per purpose (signing in right after subscribing must not wait), and a
  // cap an hour across all purposes
  await hit(ctx.db, rateLimits, `${phoneKey}:${input.purpose}`, LIMITS.codePerPhone, now.getTime());
  await hit(ctx.db, rateLimits, `${phoneKey}:h`, LIMITS.codePerPhoneHour, now.getTime());
  if (ctx.ip) await hit(ctx.db, rateLimits, `code-ip:${ctx.ip}`, LIMITS.codePerIp, now.getTime());
  const code = newNumericCode(6);
  await ctx.db.insert(smsCodes).values({
    id: newId(now.getTime()),
    purpose: input.purpose,
    areaCode: input.areaCode,
    phone: input.phone,
    codeHash: hashSecret(code),
    createdAt: now,
    expiresAt: new Date(now.getTime() + CODE_LIFETIME),
  });
  await ctx.platform.sms.send({
    schoolCode: ctx.school.code,
    areaCode: input.areaCode,
    phone: input.phone,
    text: `【${ctx.school.name['zh-Hant']}】${TEXT[input.purpose]}：${code}，5分鐘內有效。`,
  });
}

/**
 * Checks a code against the newest unused one for that phone and purpose, and uses it up.
 * Each code allows a few attempts; after that, a new code is needed.
 */
export async function consumeCode(
  ctx: ServiceContext,
  input: { purpose: Purpose; areaCode: string; phone: string; code: string },
): Promise<void> {
  const now = ctx.clock.now();
  const row = await ctx.db
    .select()
    .from(smsCodes)
    .where(
      and(
        eq(smsCodes.purpose, input.purpose),
        eq(smsCodes.areaCode, input.areaCode),
        eq(smsCodes.phone, input.phone),
        isNull(smsCodes.consumedAt),
        gt(smsCodes.expiresAt, now),
      ),
    )
    .orderBy(desc(smsCodes.createdAt))
    .get();
  if (!row || row.attempts >= MAX_ATTEMPTS) throw new ApiError('code_invalid', { field: 'code' });
  if (!constantTimeEqualString(hashSecret(input.code), row.codeHash)) {
    await ctx.db.update(smsCodes).set({ attempts: row.attempts + 1 }).where(eq(smsCodes.id, row.id));
    throw new ApiError('code_invalid', { field: 'code' });
  }
  // Only one request can use a code: the update names it unused.
  const used = await ctx.db
    .update(smsCodes)
    .set({ consumedAt: now })
    .where(and(eq(smsCodes.id, row.id), isNull(smsCodes.consumedAt)))
    .returning({ id: smsCodes.id });
  if (used.length === 0) throw new ApiError('code_invalid', { field: 'code' });
}
