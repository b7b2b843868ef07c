import type { FileStore } from '../types';
import { assertValidKey, streamOf } from './key';

/** A FileStore in memory: for tests and for runs where nothing needs to outlive the process. */
export function createMemoryFileStore(): FileStore & { keys(): string[] } {
  const files = new Map<string, { bytes: Uint8Array; contentType: string }>();
  return {
    async put(key, body, meta) {
      assertValidKey(key);
      const bytes = body instanceof Uint8Array ? body.slice() : await collect(body);
      files.set(key, { bytes, contentType: meta.contentType });
      return { size: bytes.byteLength };
    },
    async get(key) {
      assertValidKey(key);
      const file = files.get(key);
      if (!file) return null;
      return { body: streamOf(file.bytes.slice()), size: file.bytes.byteLength, contentType: file.contentType };
    },
    async delete(key) {
      assertValidKey(key);
      files.delete(key);
    },
    keys: () => [...files.keys()],
  };
}

/** Reads a whole stream into one array; only for bodies known to be small or already bounded. */
export async function collect(body: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
