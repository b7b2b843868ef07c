import { and, eq, ne } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { members } from '../../../db/schema';
import { ApiError } from '../lib/errors';

/**
 * ID-04: a phone (with its area code) or an account belongs to one member at most. Checked
 * before writing, so the answer names the field (409); the unique indexes stay the last word.
 */
export async function assertPhoneAndAccountFree(
  tx: SchoolDbOrTx,
  input: { areaCode?: string; phone?: string | null; account?: string | null },
  exceptId: string | null = null,
): Promise<void> {
  if (input.phone && input.areaCode) {
    const twin = await tx
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.areaCode, input.areaCode), eq(members.phone, input.phone), ne(members.status, 'removed')))
      .get();
    if (twin && twin.id !== exceptId) throw new ApiError('phone_in_use', { field: 'phone' });
  }
  if (input.account) {
    const twin = await tx
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.account, input.account), ne(members.status, 'removed')))
      .get();
    if (twin && twin.id !== exceptId) throw new ApiError('account_taken', { field: 'account' });
  }
}

/** Turns a unique-index failure that raced past the check into the same 409. */
export function conflictOf(e: unknown): ApiError | null {
  for (let err: unknown = e; err instanceof Error; err = err.cause) {
    if (!/UNIQUE constraint failed/.test(err.message)) continue;
    if (/members\.(area_code|phone)/.test(err.message)) return new ApiError('phone_in_use', { field: 'phone' });
    if (/members\.account/.test(err.message)) return new ApiError('account_taken', { field: 'account' });
  }
  return null;
}
