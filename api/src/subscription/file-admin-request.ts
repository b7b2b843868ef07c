import { and, eq, isNotNull, ne } from 'drizzle-orm';
import type { SchoolTx } from '../../../db/client';
import { adminRequests, type DraftData, members } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { newId } from '../lib/ids';
import { enqueueMessages } from '../messages/enqueue';
import { assertStaffCardFree } from './enrol-staff';
import type { CardProof } from './verify-card';

/**
 * SUB-01: an admin's subscription becomes a request, and every admin of the school is told
 * (本校其他管理員在企業微信收到註冊資訊). The phone and the card are checked again here, as
 * someone may have taken them since the earlier steps. Returns the request's id.
 */
export async function fileAdminRequest(tx: SchoolTx, ctx: ServiceContext, d: DraftData, proof: CardProof): Promise<string> {
  const now = ctx.clock.now();
  if (!d.areaCode || !d.phone || !d.name) throw new ApiError('subscription_step');
  const holder = await tx
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.areaCode, d.areaCode), eq(members.phone, d.phone), ne(members.status, 'removed')))
    .get();
  if (holder && holder.id !== d.existingMemberId) throw new ApiError('phone_in_use', { field: 'phone' });
  const pending = await tx
    .select({ id: adminRequests.id })
    .from(adminRequests)
    .where(and(eq(adminRequests.areaCode, d.areaCode), eq(adminRequests.phone, d.phone), eq(adminRequests.status, 'pending')))
    .get();
  if (pending) throw new ApiError('subscription_pending', { field: 'phone' });
  await assertStaffCardFree(tx, proof.cardNumber, proof.field, d.existingMemberId ?? null);
  const id = newId(now.getTime());
  await tx.insert(adminRequests).values({
    id,
    name: d.name,
    areaCode: d.areaCode,
    phone: d.phone,
    identity: d.identity === 'teacher' ? 'teacher' : 'staff',
    cardType: proof.cardType,
    cardNumber: proof.cardNumber,
    departmentIds: d.departmentIds ?? [],
    teaching: d.teaching ?? [],
    existingMemberId: d.existingMemberId ?? null,
    createdAt: now,
  });
  const admins = await tx
    .select({ id: members.id, locale: members.preferredLocale })
    .from(members)
    .where(and(isNotNull(members.adminRole), eq(members.status, 'active'), eq(members.kind, 'staff')))
    .all();
  const who = `${d.name}（+${d.areaCode} ${d.phone}）`;
  // in each admin's own language (zh-Hant when they never chose one)
  const text = {
    'zh-Hant': { title: '新管理員申請加入', body: `${who}掃描管理員二維碼申請加入，請審核。` },
    en: { title: 'A new admin asks to join', body: `${d.name} (+${d.areaCode} ${d.phone}) scanned the admin QR code and asks to join; please review.` },
    pt: { title: 'Um novo administrador pede para entrar', body: `${d.name} (+${d.areaCode} ${d.phone}) leu o código QR de administrador e pede para entrar; reveja o pedido.` },
  };
  await enqueueMessages(
    tx,
    ctx,
    admins.map((a) => ({
      memberId: a.id,
      dedupeKey: `subscription:request:${id}`,
      source: 'subscription',
      title: text[a.locale ?? 'zh-Hant'].title,
      body: text[a.locale ?? 'zh-Hant'].body,
      refType: 'admin-request',
      refId: id,
    })),
  );
  await writeAudit(tx, ctx, { action: 'subscription.admin-request', targetType: 'admin-request', targetId: id, after: { name: d.name, identity: d.identity } });
  return id;
}
