import type { ServiceContext } from '../lib/context';
import { createDraft } from './drafts';
import type { Kind } from './schemas';

/**
 * 同意 on the terms page: starts a subscription draft for the QR code scanned and the
 * identity chosen. Nothing about the person is stored yet.
 */
export async function startDraft(ctx: ServiceContext, input: { kind: Kind; identity: 'teacher' | 'staff' | 'parent' | 'student' }) {
  const { token, expiresAt } = await createDraft(ctx, input.kind, { identity: input.identity });
  return { token, kind: input.kind, identity: input.identity, step: 'phone' as const, expiresAt: expiresAt.toISOString() };
}
