import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ApiError } from '../lib/errors';
import { formatMessage, pickLocale } from '../lib/i18n';

/**
 * Turns anything thrown into the one error shape `{ error: { code, message, field } }`, in
 * the caller's language. Unknown errors are logged and answered as a bare 500.
 */
export function onError(err: Error, c: Context): Response {
  const locale = c.get('locale') ?? pickLocale(c.req.header('accept-language'));
  let apiError: ApiError;
  if (err instanceof ApiError) apiError = err;
  else if (err instanceof HTTPException && err.status === 400 && /json/i.test(err.message)) apiError = new ApiError('invalid_json', { field: 'body' });
  else if (err instanceof HTTPException && err.status === 413) apiError = new ApiError('payload_too_large', { params: { limit: '1 MB' } });
  else if (err instanceof HTTPException && err.status < 500) apiError = new ApiError('bad_request', { status: err.status as 400 });
  else {
    console.error(`${c.req.method} ${c.req.path}`, err);
    apiError = new ApiError('internal');
  }
  const body = {
    error: {
      code: apiError.code,
      message: formatMessage(apiError.code, locale, apiError.options.params),
      ...(apiError.field ? { field: apiError.field } : {}),
      ...apiError.options.details,
    },
  };
  return c.json(body, apiError.status);
}
