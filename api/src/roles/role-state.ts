import { eq } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { adminGroupMembers, members } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import type { Locale } from '../lib/i18n';
import { newId } from '../lib/ids';
import { enqueueMessages } from '../messages/enqueue';
import type { Scope } from './schemas';
import { ownScope, replaceOwnScope } from './scope-refs';

type Member = typeof members.$inferSelect;
export type AdminRole = 'creator' | 'super' | 'scoped';

const EMPTY: Scope = { departmentIds: [], classIds: [], apps: [] };

/** What a role change tells the member, in their language. */
const TEXT = {
  super: { 'zh-Hant': '你已被設為超級管理員', en: 'You are now a super admin', pt: 'É agora superadministrador' },
  scoped: { 'zh-Hant': '你已被設為分級管理員', en: 'You are now a scoped admin', pt: 'É agora administrador delegado' },
  scope: { 'zh-Hant': '你的管理範圍已更新', en: 'Your admin scope has changed', pt: 'O seu âmbito de administração mudou' },
  none: { 'zh-Hant': '你已不再是管理員', en: 'You are no longer an admin', pt: 'Já não é administrador' },
  creator: { 'zh-Hant': '你已成為創建人', en: 'You are now the creator of the school', pt: 'É agora o criador da escola' },
  formerCreator: { 'zh-Hant': '你已轉讓創建人，現為超級管理員', en: 'You handed on the creator role and are now a super admin', pt: 'Passou o papel de criador e é agora superadministrador' },
  group: { 'zh-Hant': '你已被加入管理組「{name}」', en: 'You were added to the management group "{name}"', pt: 'Foi adicionado ao grupo de gestão "{name}"' },
} satisfies Record<string, Record<Locale, string>>;
const BY = { 'zh-Hant': '操作人：{actor}', en: 'By {actor}', pt: 'Por {actor}' } satisfies Record<Locale, string>;

export type RoleMessage = keyof typeof TEXT;

const fill = (t: string, params: Record<string, string>) => t.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');

/** Writes a role message to the member's outbox in the caller's transaction. */
export async function notifyRole(
  tx: SchoolDbOrTx,
  ctx: ServiceContext,
  member: Pick<Member, 'id' | 'preferredLocale'>,
  message: RoleMessage,
  params: Record<string, string> = {},
): Promise<void> {
  const locale = member.preferredLocale ?? 'zh-Hant';
  const now = ctx.clock.now().getTime();
  await enqueueMessages(tx, ctx, [
    {
      memberId: member.id,
      // each role change is its own occurrence (two changes within one millisecond are two messages)
      dedupeKey: `roles:${message}:${newId(now)}`,
      source: 'roles',
      title: fill(TEXT[message][locale], params),
      body: fill(BY[locale], { actor: ctx.actor?.name ?? '系統自動' }),
    },
  ]);
}

/**
 * Sets a member's admin role (and own scope) in the caller's transaction: audited with the
 * role and scope before and after, and the member is told. A member who is no longer
 * a scoped admin leaves every management group. The caller drops the member's cached
 * sessions after the commit ({@link forgetSessions}).
 */
export async function setRole(
  tx: SchoolDbOrTx,
  ctx: ServiceContext,
  member: Member,
  next: { role: AdminRole | null; scope?: Scope },
  action: string,
  message: RoleMessage,
  params: Record<string, string> = {},
): Promise<{ role: AdminRole | null; scope: Scope }> {
  const before = { role: member.adminRole ?? null, scope: await ownScope(tx, member.id) };
  const scope = next.role === 'scoped' ? (next.scope ?? before.scope) : EMPTY;
  await tx.update(members).set({ adminRole: next.role, updatedAt: ctx.clock.now() }).where(eq(members.id, member.id));
  await replaceOwnScope(tx, member.id, scope);
  if (next.role !== 'scoped') await tx.delete(adminGroupMembers).where(eq(adminGroupMembers.memberId, member.id));
  const after = { role: next.role, scope: await ownScope(tx, member.id) };
  await writeAudit(tx, ctx, { action, targetType: 'member', targetId: member.id, before, after });
  await notifyRole(tx, ctx, member, message, params);
  return after;
}

/**
 * Drops the cached sessions of members whose role or scope changed, after the commit: their
 * next request reads the new role (other processes within the cache's few seconds).
 */
export function forgetSessions(ctx: ServiceContext, memberIds: Iterable<string>): void {
  for (const id of new Set(memberIds)) ctx.sessionCache.deleteMember(ctx.school.code, id);
}
