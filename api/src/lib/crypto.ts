import { createHash } from 'node:crypto';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { decodeBase64, encodeBase64 } from '@oslojs/encoding';

// Workers allow at most 100,000 PBKDF2 iterations; the same number runs everywhere.
const ITERATIONS = 100_000;

/** PBKDF2-SHA256 from WebCrypto, so the same hashes verify on Bun, Node and Workers. */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(password, salt, ITERATIONS);
  return `pbkdf2-sha256$${ITERATIONS}$${encodeBase64(salt)}$${encodeBase64(hash)}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, iterations, salt, hash] = stored.split('$');
  if (scheme !== 'pbkdf2-sha256' || !iterations || !salt || !hash) return false;
  const actual = await derive(password, decodeBase64(salt), Number(iterations));
  return constantTimeEqual(actual, decodeBase64(hash));
}

/** A hash to compare against when the account does not exist, so timing tells nothing. */
export const DUMMY_PASSWORD_HASH =
  'pbkdf2-sha256$100000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

/** SHA-256 hex of a secret (session tokens, SMS codes): what the database stores. */
export function hashSecret(secret: string): string {
  // native (Bun, Node, Workers with nodejs_compat): it runs on every request's session token
  return createHash('sha256').update(secret).digest('hex');
}

/** A random numeric code of `digits` digits (SMS). */
export function newNumericCode(digits = 6): string {
  const n = crypto.getRandomValues(new Uint32Array(1))[0] % 10 ** digits;
  return String(n).padStart(digits, '0');
}

/** Compares two strings in time independent of where they differ. */
export function constantTimeEqualString(a: string, b: string): boolean {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  return x.length === y.length && constantTimeEqual(x, y);
}
