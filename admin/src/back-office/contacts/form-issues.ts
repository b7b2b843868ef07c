import * as v from 'valibot';
import { ApiError } from '../../lib/client';
import { type MessageKey, t } from '../../lib/i18n';

/** Errors of a form by field path (`name`, `parents.1.phone`), plus `form` for the rest. */
export type FieldErrors = Record<string, string>;

const pathOf = (issue: v.BaseIssue<unknown>): string =>
  (issue.path ?? []).map((p) => String((p as { key: unknown }).key)).join('.');

/**
 * Checks input with the API's own valibot schema (so the two never disagree): one message per
 * field, "required" when it was left empty, else the field's hint (by path, or by its last
 * part, e.g. `phone` for `parents.1.phone`).
 */
export function checkForm(schema: v.GenericSchema, input: unknown, hints: Record<string, MessageKey> = {}): FieldErrors | null {
  const result = v.safeParse(schema, input);
  if (result.success) return null;
  const errors: FieldErrors = {};
  for (const issue of result.issues) {
    const path = pathOf(issue) || 'form';
    if (errors[path]) continue;
    const empty = issue.input === undefined || (typeof issue.input === 'string' && issue.input.trim() === '');
    const hint = hints[path] ?? hints[path.split('.').pop() ?? ''];
    errors[path] = empty && issue.type !== 'check' ? t('error.required') : t(hint ?? 'error.invalid');
  }
  return errors;
}

/**
 * Puts an API error beside the field it names when the form shows that field, else above the
 * form. A refused value gets the field's own hint rather than the API's technical wording.
 */
export function apiErrors(error: unknown, fields: string[], hints: Record<string, MessageKey> = {}): FieldErrors {
  if (!(error instanceof ApiError)) return { form: error instanceof Error ? error.message : String(error) };
  const field = error.field;
  if (field && fields.includes(field)) {
    const hint = hints[field] ?? hints[field.split('.').pop() ?? ''];
    return { [field]: error.code === 'invalid_field' && hint ? t(hint) : error.message };
  }
  return { form: error.message };
}
