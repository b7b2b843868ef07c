import * as v from 'valibot';
import { type MessageKey, t } from './i18n';

/**
 * Checks a form with the API's own valibot schema (so the two never disagree) and returns one
 * localised message per field that fails: "required" when empty, else the field's hint.
 */
export function formErrors<F extends string>(
  schema: v.GenericSchema,
  input: { [K in F]?: string },
  hints: Partial<Record<F, MessageKey>> = {},
): Partial<Record<F, string>> | null {
  const result = v.safeParse(schema, input);
  if (result.success) return null;
  const errors: Partial<Record<F, string>> = {};
  for (const issue of result.issues) {
    const key = issue.path?.[0]?.key as F | undefined;
    if (key === undefined || errors[key]) continue;
    errors[key] = input[key]?.trim() ? t(hints[key] ?? 'error.invalid') : t('error.required');
  }
  return errors;
}
