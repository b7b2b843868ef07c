import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { ValidationTargets } from 'hono';
import { validator } from 'hono-openapi';
import type * as v from 'valibot';
import { ApiError } from './errors';
import type { Locale } from './i18n';

type Detail = 'missing' | 'type' | 'short' | 'long' | 'format' | 'range' | 'choice';
const DETAIL: Record<Detail, Record<Locale, string>> = {
  missing: { 'zh-Hant': '必須填寫', en: 'is required', pt: 'é obrigatório' },
  type: { 'zh-Hant': '類型不正確', en: 'has the wrong type', pt: 'tem o tipo errado' },
  short: { 'zh-Hant': '太短', en: 'is too short', pt: 'é demasiado curto' },
  long: { 'zh-Hant': '太長', en: 'is too long', pt: 'é demasiado longo' },
  format: { 'zh-Hant': '格式不正確', en: 'has the wrong format', pt: 'tem o formato errado' },
  range: { 'zh-Hant': '超出允許範圍', en: 'is out of range', pt: 'está fora do intervalo' },
  choice: { 'zh-Hant': '不是可選的值', en: 'is not one of the allowed values', pt: 'não é um dos valores permitidos' },
};

function detailOf(issue: v.BaseIssue<unknown>): Detail {
  if (issue.received === 'undefined') return 'missing';
  switch (issue.type) {
    case 'min_length':
    case 'min_bytes':
    case 'non_empty':
      return 'short';
    case 'max_length':
    case 'max_bytes':
      return 'long';
    case 'min_value':
    case 'max_value':
    case 'integer':
      return 'range';
    case 'picklist':
    case 'literal':
    case 'enum':
    case 'variant':
      return 'choice';
    case 'regex':
    case 'email':
    case 'url':
    case 'iso_date':
    case 'iso_timestamp':
    case 'check':
      return 'format';
    default:
      return 'type';
  }
}

/** The dotted path of an issue, e.g. `questions.2.title`. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((p) => String((p as { key: unknown }).key)).join('.');
}

/** Turns the first valibot issue into an ApiError naming the field. */
export function issueToError(issue: v.BaseIssue<unknown>, locale: Locale): ApiError {
  const field = pathOf(issue) || 'body';
  // strictObject reports an unknown key as an issue whose path ends at that key, expecting never
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return new ApiError('unknown_field', { field, params: { field } });
  }
  return new ApiError('invalid_field', { field, params: { field, detail: DETAIL[detailOf(issue)][locale] } });
}

/**
 * Validates one request target with a valibot schema (also documents it in OpenAPI).
 * Failures become a 400 naming the field, in the caller's language.
 */
export function valid<T extends keyof ValidationTargets, S extends StandardSchemaV1>(target: T, schema: S) {
  return validator(target, schema, (result, c) => {
    if (!result.success) {
      const locale = (c.var as { locale?: Locale }).locale ?? 'zh-Hant';
      throw issueToError(result.error[0] as unknown as v.BaseIssue<unknown>, locale);
    }
  });
}
