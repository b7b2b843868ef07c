import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * A new id: 10 characters of time (ms, Crockford base32) then 16 random ones, so ids sort by
 * creation time (newest-first lists use the primary key) and cannot be guessed.
 */
export function newId(now: number = Date.now()): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const random = crypto.getRandomValues(new Uint8Array(10));
  return time + encodeBase32LowerCaseNoPadding(random);
}

/** A random secret token (sessions, QR sign-in), 160 bits. */
export function newToken(): string {
  return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(20)));
}
