import { and, eq, ne } from 'drizzle-orm';
import { adminRequests, members } from '../../../db/schema';
import { sendCode } from '../auth/sms-codes';
import type { ServiceContext } from '../lib/context';
import { ApiError, invalid } from '../lib/errors';
import { normalisePhone, phoneFits } from '../members/phone';
import { advanceDraft, loadDraft, requireStep } from './drafts';

/**
 * 地區 + 手機 (ID-03, ID-04). A phone that already belongs to a member cannot subscribe again:
 * the manual's two messages, one for staff codes and one for the family code. A Macao (and any
 * non-mainland) phone gets an SMS code; a mainland phone needs none but is typed twice; a
 * parent of the school subscribing as staff from their own signed-in phone needs none either.
 */
export async function submitPhone(ctx: ServiceContext, token: string, input: { areaCode: string; phone: string; phoneConfirm?: string }) {
  const draft = await loadDraft(ctx.db, ctx, token);
  requireStep(draft, 'phone', 'code');
  const areaCode = input.areaCode;
  const phone = normalisePhone(input.phone);
  if (!phoneFits(areaCode, phone)) throw new ApiError('invalid_phone', { field: 'phone' });
  if (areaCode === '86') {
    if (!input.phoneConfirm) throw invalid('phoneConfirm', missing(ctx));
    if (normalisePhone(input.phoneConfirm) !== phone) throw new ApiError('phone_mismatch', { field: 'phoneConfirm' });
  }
  const existing = await ctx.db
    .select()
    .from(members)
    .where(and(eq(members.areaCode, areaCode), eq(members.phone, phone), ne(members.status, 'removed')))
    .get();
  let existingMemberId: string | null = null;
  if (existing) {
    if (draft.kind === 'family') throw new ApiError('phone_in_use_family', { field: 'phone' });
    // only the parent themself, signed in on the school's app, may bring their phone to the staff side
    const ownParentPhone = existing.kind === 'parent' && existing.status === 'active' && ctx.actor?.memberId === existing.id;
    if (!ownParentPhone) throw new ApiError('phone_in_use', { field: 'phone' });
    existingMemberId = existing.id;
  }
  const pending = await ctx.db
    .select({ id: adminRequests.id })
    .from(adminRequests)
    .where(and(eq(adminRequests.areaCode, areaCode), eq(adminRequests.phone, phone), eq(adminRequests.status, 'pending')))
    .get();
  if (pending) throw new ApiError('subscription_pending', { field: 'phone' });
  const needsCode = areaCode !== '86' && existingMemberId === null;
  if (needsCode) await sendCode(ctx, { purpose: 'subscription', areaCode, phone });
  const step = needsCode ? 'code' : 'profile';
  await advanceDraft(ctx.db, draft, { step, data: { areaCode, phone, existingMemberId } });
  return { step, codeSent: needsCode };
}

const MISSING = { 'zh-Hant': '必須填寫', en: 'is required', pt: 'é obrigatório' } as const;
const missing = (ctx: ServiceContext): string => MISSING[ctx.locale];
