import { and, eq, lt } from 'drizzle-orm';
import { members, qrLogins, rateLimits } from '../../../db/schema';
import { MINUTE } from '../lib/clock';
import type { ServiceContext } from '../lib/context';
import { hashSecret } from '../lib/crypto';
import { ApiError, forbidden, notFound } from '../lib/errors';
import { newToken } from '../lib/ids';
import { hit, type Limit } from '../lib/rate-limit';
import type { ResolvedSession } from './sessions';

type Member = typeof members.$inferSelect;

/** A code on the desk lives 2 minutes; once the phone confirms, the desk has 30 s to collect. */
export const QR_LIFETIME = 2 * MINUTE;
export const QR_COLLECT = 30_000;
// a desk asks for a new code every 2 minutes; 20 a minute leaves room for a school's shared NAT
const QR_PER_IP: Limit = { max: 20, windowMs: MINUTE };
// without a known address (local installs behind no proxy) the school as a whole is bounded
const QR_PER_SCHOOL: Limit = { max: 600, windowMs: MINUTE };

/** APP-03: a new pending QR sign-in; only the token's hash is stored. */
export async function createQrLogin(ctx: ServiceContext): Promise<{ token: string; expiresAt: Date }> {
  const now = ctx.clock.now();
  if (ctx.ip) await hit(ctx.db, rateLimits, `qr-ip:${ctx.ip}`, QR_PER_IP, now.getTime());
  await hit(ctx.db, rateLimits, 'qr-school', QR_PER_SCHOOL, now.getTime());
  const token = newToken();
  const expiresAt = new Date(now.getTime() + QR_LIFETIME);
  await ctx.db.transaction(async (tx) => {
    // codes past their life are of no use to anyone
    await tx.delete(qrLogins).where(lt(qrLogins.expiresAt, new Date(now.getTime() - QR_LIFETIME)));
    await tx.insert(qrLogins).values({ idHash: hashSecret(token), status: 'pending', createdAt: now, expiresAt });
  });
  return { token, expiresAt };
}

/**
 * APP-03, the desk polling: `pending` until a phone confirms; then the code is spent (used
 * once) and the confirming member returned, for the caller to start the back-office session.
 * An unknown or spent code is a 404, an expired one a 410.
 */
export async function pollQrLogin(ctx: ServiceContext, token: string): Promise<{ status: 'pending'; expiresAt: Date } | { status: 'confirmed'; member: Member }> {
  const now = ctx.clock.now();
  const hash = hashSecret(token);
  const row = await ctx.db.select().from(qrLogins).where(eq(qrLogins.idHash, hash)).get();
  if (!row || row.status === 'used') throw notFound();
  if (now >= row.expiresAt) throw new ApiError('qr_expired');
  if (row.status === 'pending') return { status: 'pending', expiresAt: row.expiresAt };
  // two polls racing: only the one that flips confirmed → used gets the session
  const [claimed] = await ctx.db
    .update(qrLogins)
    .set({ status: 'used' })
    .where(and(eq(qrLogins.idHash, hash), eq(qrLogins.status, 'confirmed')))
    .returning();
  if (!claimed?.memberId) throw notFound();
  const member = await ctx.db.select().from(members).where(eq(members.id, claimed.memberId)).get();
  // disabled between the confirmation and the poll: no session
  if (!member || member.status !== 'active' || member.kind !== 'staff') throw new ApiError('account_disabled');
  return { status: 'confirmed', member };
}

/**
 * APP-03, the phone confirming: a signed-in mobile session of an active staff member (the
 * checks of password sign-in: parents and students never reach the back-office, disabled
 * members are refused). When the school asks for the SMS second factor (ADM-04), the QR
 * confirmation counts as that factor: the phone already signed in with an SMS code or WeCom,
 * and the member holds it in hand now.
 */
export async function confirmQrLogin(ctx: ServiceContext, session: ResolvedSession | null, token: string): Promise<void> {
  const actor = ctx.actor;
  if (!actor || !session) throw new ApiError('unauthenticated');
  if (session.surface !== 'mobile' || actor.kind !== 'staff') throw forbidden();
  const now = ctx.clock.now();
  const hash = hashSecret(token);
  await ctx.db.transaction(async (tx) => {
    const member = await tx.select().from(members).where(eq(members.id, actor.memberId)).get();
    if (!member || member.status !== 'active') throw new ApiError('account_disabled');
    const row = await tx.select().from(qrLogins).where(eq(qrLogins.idHash, hash)).get();
    if (!row || row.status !== 'pending') throw notFound();
    if (now >= row.expiresAt) throw new ApiError('qr_expired');
    await tx
      .update(qrLogins)
      .set({ status: 'confirmed', memberId: member.id, expiresAt: new Date(now.getTime() + QR_COLLECT) })
      .where(and(eq(qrLogins.idHash, hash), eq(qrLogins.status, 'pending')));
  });
}
