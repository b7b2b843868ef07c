import { count, eq } from 'drizzle-orm';
import { sessions } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { revokeMemberSessions } from '../auth/sessions';
import type { ServiceContext } from '../lib/context';
import { deviceOwner } from './devices';

/** Signs a member out of every device (a lost phone, a shared desk left open); audited. */
export async function signOutDevices(ctx: ServiceContext, memberId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await deviceOwner(ctx, tx, memberId);
    const before = await tx.select({ n: count() }).from(sessions).where(eq(sessions.memberId, memberId)).get();
    await revokeMemberSessions(tx, ctx, memberId);
    await writeAudit(tx, ctx, { action: 'member.sign-out-devices', targetType: 'member', targetId: memberId, before: { sessions: before?.n ?? 0 }, after: { sessions: 0 } });
  });
}
