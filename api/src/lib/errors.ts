import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from './i18n';

const STATUS: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  bad_request: 400,
  invalid_field: 400,
  unknown_field: 400,
  invalid_json: 400,
  file_empty: 400,
  file_type: 415,
  payload_too_large: 413,
  unauthenticated: 401,
  bad_credentials: 401,
  code_invalid: 401,
  second_factor_required: 401,
  oauth_failed: 401,
  forbidden: 403,
  account_disabled: 403,
  no_back_office: 403,
  csrf: 403,
  not_found: 404,
  school_not_found: 404,
  no_such_phone: 404,
  channel_not_configured: 404,
  conflict: 409,
  school_exists: 409,
  rate_limited: 429,
  internal: 500,
};

/**
 * The one error type services throw. Turned into `{ error: { code, message, field } }` with
 * the message in the caller's language by the error middleware.
 */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  constructor(
    readonly code: ErrorCode,
    readonly options: { field?: string; params?: Record<string, string | number>; status?: ContentfulStatusCode } = {},
  ) {
    super(code);
    this.status = options.status ?? STATUS[code] ?? 400;
  }
  get field(): string | undefined {
    return this.options.field;
  }
}

/** What the caller may not see does not exist (404), whatever the reason. */
export const notFound = (): ApiError => new ApiError('not_found');
export const forbidden = (): ApiError => new ApiError('forbidden');
export const invalid = (field: string, detail: string): ApiError =>
  new ApiError('invalid_field', { field, params: { field, detail } });
