import { describe, expect, it } from 'vitest';
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from '../../src/lib/crypto';

// Production Workers refuse PBKDF2 above 100,000 iterations (NotSupportedError); the local
// workerd does not enforce that cap (cloudflare/workerd#1346), so this pins the count instead
// of provoking the error, and shows the WebCrypto path works inside workerd.
describe('Password hashing in workerd', () => {
  it('Should hash and verify with PBKDF2-SHA256 at no more than 100,000 iterations', async () => {
    const stored = await hashPassword('correct horse 電池');
    const iterations = Number(stored.split('$')[1]);
    expect(iterations).toBeLessThanOrEqual(100_000);
    expect(Number(DUMMY_PASSWORD_HASH.split('$')[1])).toBe(iterations);
    expect(await verifyPassword('correct horse 電池', stored)).toBe(true);
    expect(await verifyPassword('wrong', stored)).toBe(false);
    expect(await verifyPassword('anything', DUMMY_PASSWORD_HASH)).toBe(false);
  });
});
