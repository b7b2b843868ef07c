import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import { perClient, type SchoolDb, type SchoolDbOrTx } from '../../../db/client';
import { adminGroupMembers, adminGroupScopes, adminScopes, members, sessions } from '../../../db/schema';
import { DAY, HOUR, MINUTE } from '../lib/clock';
import type { Actor, ServiceContext } from '../lib/context';
import { hashSecret } from '../lib/crypto';
import { newToken } from '../lib/ids';

export type Surface = 'back-office' | 'mobile';

/** Idle and absolute lifetimes: the back-office is a shared desk, the phone is personal. */
export const SESSION_LIFETIME: Record<Surface, { idle: number; absolute: number }> = {
  'back-office': { idle: 2 * HOUR, absolute: 12 * HOUR },
  mobile: { idle: 30 * DAY, absolute: 90 * DAY },
};
/** How long a back-office sign-in may wait for its SMS second factor. */
export const PENDING_LIFETIME = 10 * MINUTE;
/** `lastSeenAt` is written at most this often, not on every request. */
const TOUCH_EVERY = MINUTE;

export interface ResolvedSession {
  actor: Actor;
  hash: string;
  surface: Surface;
  pendingSecondFactor: boolean;
}

/**
 * Starts a session for a member and returns its secret token (for the cookie). A session the
 * browser already had is ended first: the token always changes at sign-in.
 */
export async function startSession(
  ctx: ServiceContext,
  input: { memberId: string; surface: Surface; pendingSecondFactor?: boolean; previousToken?: string | null; userAgent?: string | null },
): Promise<string> {
  const now = ctx.clock.now();
  const token = newToken();
  const life = SESSION_LIFETIME[input.surface];
  await ctx.db.transaction(async (tx) => {
    if (input.previousToken) await endSessionIn(tx, ctx, input.previousToken);
    await tx.insert(sessions).values({
      idHash: hashSecret(token),
      memberId: input.memberId,
      surface: input.surface,
      pendingSecondFactor: input.pendingSecondFactor ?? false,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + (input.pendingSecondFactor ? PENDING_LIFETIME : life.absolute)),
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      ip: ctx.ip,
    });
    if (!input.pendingSecondFactor) await markActivated(tx, input.memberId, now);
  });
  return token;
}

async function endSessionIn(tx: SchoolDbOrTx, ctx: ServiceContext, token: string): Promise<void> {
  const hash = hashSecret(token);
  await tx.delete(sessions).where(eq(sessions.idHash, hash));
  ctx.sessionCache.deleteSession(ctx.school.code, hash);
}

/** Ends one session (sign-out). */
export async function endSession(ctx: ServiceContext, token: string): Promise<void> {
  await endSessionIn(ctx.db, ctx, token);
}

/** Ends every session of a member, in the caller's transaction (disabled, removed, role changed). */
export async function revokeMemberSessions(tx: SchoolDbOrTx, ctx: ServiceContext, memberId: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.memberId, memberId));
  ctx.sessionCache.deleteMember(ctx.school.code, memberId);
}

/** Completes a back-office sign-in that waited for its second factor; returns the new full session. */
export async function confirmSecondFactor(ctx: ServiceContext, session: ResolvedSession): Promise<void> {
  const now = ctx.clock.now().getTime();
  await ctx.db
    .update(sessions)
    .set({ pendingSecondFactor: false, expiresAt: new Date(now + SESSION_LIFETIME[session.surface].absolute), lastSeenAt: new Date(now) })
    .where(eq(sessions.idHash, session.hash));
  await markActivated(ctx.db, session.actor.memberId, new Date(now));
  ctx.sessionCache.deleteSession(ctx.school.code, session.hash);
}

/**
 * The first complete sign-in activates a member (激活) and, since accepting an invitation is
 * signing in, marks them joined (加入) if they were not.
 */
async function markActivated(tx: SchoolDbOrTx, memberId: string, now: Date): Promise<void> {
  await tx
    .update(members)
    .set({ activatedAt: now, joinedAt: sql`coalesce(${members.joinedAt}, ${now.getTime()})` })
    .where(and(eq(members.id, memberId), isNull(members.activatedAt)));
}

// built once per school database: every request whose session is not cached runs it
const sessionQueryOf = perClient((db: SchoolDbOrTx) =>
  db
    .select({ session: sessions, member: members })
    .from(sessions)
    .innerJoin(members, eq(members.id, sessions.memberId))
    .where(eq(sessions.idHash, sql.placeholder('hash')))
    .prepare(),
);

/**
 * Finds the live session of a token: not past its absolute expiry, not idle too long, its
 * member active. Answers from the cache when it can.
 */
export async function resolveSession(
  ctx: Pick<ServiceContext, 'db' | 'clock' | 'school' | 'sessionCache'>,
  token: string,
): Promise<ResolvedSession | null> {
  const now = ctx.clock.now().getTime();
  const hash = hashSecret(token);
  const cached = ctx.sessionCache.get(ctx.school.code, hash, now);
  if (cached && now - cached.lastSeenAt < SESSION_LIFETIME[cached.surface].idle) {
    return { actor: cached.actor, hash, surface: cached.surface, pendingSecondFactor: false };
  }
  const row = await sessionQueryOf(ctx.db).get({ hash });
  if (!row) return null;
  const { session, member } = row;
  const idle = SESSION_LIFETIME[session.surface].idle;
  if (now >= session.expiresAt.getTime() || now - session.lastSeenAt.getTime() >= idle || member.status !== 'active') {
    await ctx.db.delete(sessions).where(eq(sessions.idHash, hash));
    return null;
  }
  const actor = await loadActor(ctx.db, member);
  let lastSeenAt = session.lastSeenAt.getTime();
  if (now - lastSeenAt >= TOUCH_EVERY) {
    lastSeenAt = now;
    await ctx.db.update(sessions).set({ lastSeenAt: new Date(now) }).where(eq(sessions.idHash, hash));
  }
  if (!session.pendingSecondFactor) {
    ctx.sessionCache.set(ctx.school.code, {
      actor,
      sessionHash: hash,
      surface: session.surface,
      lastSeenAt,
      expiresAt: session.expiresAt.getTime(),
      cachedAt: now,
    });
  }
  return { actor, hash, surface: session.surface, pendingSecondFactor: session.pendingSecondFactor };
}

/** Builds the actor of a member row: identities, admin role and scope. */
export async function loadActor(db: SchoolDbOrTx, member: typeof members.$inferSelect): Promise<Actor> {
  const scope = { departmentIds: [] as string[], classIds: [] as string[], apps: [] as string[] };
  if (member.adminRole === 'scoped') {
    const own = await db.select({ kind: adminScopes.kind, ref: adminScopes.ref }).from(adminScopes).where(eq(adminScopes.memberId, member.id)).all();
    // a management group (管理組) lends its scope to every admin in it
    const shared = await db
      .select({ kind: adminGroupScopes.kind, ref: adminGroupScopes.ref })
      .from(adminGroupScopes)
      .innerJoin(adminGroupMembers, eq(adminGroupMembers.groupId, adminGroupScopes.groupId))
      .where(eq(adminGroupMembers.memberId, member.id))
      .all();
    for (const r of [...own, ...shared]) {
      const list = r.kind === 'department' ? scope.departmentIds : r.kind === 'class' ? scope.classIds : scope.apps;
      if (!list.includes(r.ref)) list.push(r.ref);
    }
  }
  return {
    memberId: member.id,
    name: member.name,
    kind: member.kind,
    adminRole: member.adminRole ?? null,
    isTeacher: member.isTeacher,
    isStaff: member.isStaff,
    scope,
  };
}

/** The CSRF token of a session: derived from its secret, so it needs no storage. */
export function csrfTokenOf(token: string): string {
  return hashSecret(`csrf:${token}`);
}

/** Deletes sessions past their absolute expiry (called by a job). */
export async function pruneSessions(db: SchoolDb, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}
