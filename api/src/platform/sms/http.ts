import type { FetchLike } from '../fetch-like';
import type { SmsSender } from '../types';
import { areaDigits } from './log';

/**
 * An SMS gateway over HTTP: POST `{ to: '+85366000001', text }` as JSON with a bearer token.
 * Anything but a 2xx throws, so the caller's retry and error handling see the failure.
 */
export function createHttpSms(options: { url: string; token: string; fetch?: FetchLike }): SmsSender {
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  return {
    async send({ areaCode, phone, text }) {
      const response = await fetchImpl(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
        body: JSON.stringify({ to: `+${areaDigits(areaCode)}${phone.replace(/\D/g, '')}`, text }),
      });
      // The body is drained so the connection can be reused; its content is not logged (it
      // may echo the phone number).
      await response.body?.cancel();
      if (!response.ok) throw new Error(`SMS provider answered HTTP ${response.status}`);
    },
  };
}
