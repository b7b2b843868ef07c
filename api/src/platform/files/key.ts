// Keys are server-generated, but a store must still refuse anything that could reach outside
// its root: each segment starts with [a-z0-9_-] (so no `..`, no hidden `.meta/` or temp
// names), only [a-z0-9/_.-] overall, no leading slash, no empty segment.
const SEGMENT = /^[a-z0-9_-][a-z0-9_.-]*$/;
const MAX_KEY_LENGTH = 512;

/** Whether `key` is acceptable to every FileStore (local directory, R2, memory). */
export function isValidKey(key: string): boolean {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) return false;
  return key.split('/').every((segment) => SEGMENT.test(segment));
}

/** Throws unless `key` is acceptable; stores call it before touching anything. */
export function assertValidKey(key: string): void {
  if (!isValidKey(key)) throw new Error(`invalid file key: ${JSON.stringify(key.slice(0, 80))}`);
}

/** A ReadableStream over bytes already in memory. */
export function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (bytes.byteLength > 0) controller.enqueue(bytes);
      controller.close();
    },
  });
}
