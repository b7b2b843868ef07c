import { desc, eq } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { sessions } from '../../../db/schema';
import { canEnterAdminConsole, canManageDevicesOf } from '../auth/policy';
import type { ServiceContext } from '../lib/context';
import { forbidden, notFound } from '../lib/errors';
import { loadPlacement } from './placement';

/**
 * 設備管理權限: the member whose devices (signed-in sessions) the actor may manage; normal
 * users are refused (403), a member out of the actor's scope does not exist for it (404).
 */
export async function deviceOwner(ctx: ServiceContext, db: SchoolDbOrTx, memberId: string) {
  if (!canEnterAdminConsole(ctx.actor)) throw forbidden();
  const found = await loadPlacement(db, memberId);
  if (!found || !canManageDevicesOf(ctx.actor, found.placement)) throw notFound();
  return found.member;
}

/** The devices a member is signed in on: back-office desks and phones, newest first. */
export async function listDevices(ctx: ServiceContext, memberId: string) {
  await deviceOwner(ctx, ctx.db, memberId);
  const rows = await ctx.db.select().from(sessions).where(eq(sessions.memberId, memberId)).orderBy(desc(sessions.lastSeenAt)).all();
  const items = rows.map((s) => ({
    surface: s.surface,
    userAgent: s.userAgent,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
  }));
  return { items, total: items.length };
}
