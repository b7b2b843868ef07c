import { consumeCode } from '../auth/sms-codes';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { advanceDraft, loadDraft, requireStep } from './drafts';

/**
 * 驗證碼 → 下一步 (ID-03). A wrong or expired code is a 400 naming the field (the sign-in
 * pages answer 401; here nobody is signing in) and changes nothing.
 */
export async function submitCode(ctx: ServiceContext, token: string, code: string) {
  const draft = await loadDraft(ctx.db, ctx, token);
  requireStep(draft, 'code');
  const { areaCode, phone } = draft.data;
  if (!areaCode || !phone) throw new ApiError('subscription_step');
  try {
    await consumeCode(ctx, { purpose: 'subscription', areaCode, phone, code });
  } catch (e) {
    if (e instanceof ApiError && e.code === 'code_invalid') throw new ApiError('code_invalid', { field: 'code', status: 400 });
    throw e;
  }
  await advanceDraft(ctx.db, draft, { step: 'profile' });
  return { step: 'profile' as const };
}
