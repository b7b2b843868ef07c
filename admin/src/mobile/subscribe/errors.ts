import { ApiError } from '../../lib/client';

/** Errors of one screen: by field name, and `form` for what names no field of it. */
export type FieldErrors = Record<string, string | undefined>;

/**
 * Places an API refusal next to the field it names when that field is on the screen (`fields`),
 * else at the top of the form; the message is already in the chosen language.
 */
export function placeError(error: unknown, fields: readonly string[]): FieldErrors {
  const message = error instanceof Error ? error.message : String(error);
  const field = error instanceof ApiError ? error.field : undefined;
  if (field && fields.includes(field)) return { [field]: message };
  // teaching.0.classId → the 添加班級 row's field
  if (field && fields.some((f) => field.startsWith(`${f}.`))) return { [field]: message };
  return { form: message };
}

/** True when the draft is gone or expired: the flow starts again from the QR code. */
export const isExpired = (error: unknown): boolean =>
  error instanceof ApiError && (error.code === 'subscription_expired' || (error.code === 'not_found' && !error.field));
