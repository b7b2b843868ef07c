import { ApiError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import type { FileStore } from '../types';
import { SNIFF_BYTES, sniffContentType } from './sniff';

export interface UploadInput {
  schoolCode: string;
  body: ReadableStream<Uint8Array>;
  /** The type the client claimed; only used to tell apart formats that share a signature. */
  declaredType: string;
  /** The client's file name; same use as `declaredType` (its extension). */
  name: string;
  maxBytes: number;
  /** Content types accepted (after sniffing); `image/*` matches any image. All when absent. */
  allowed?: string[];
  /** When the upload happens (pass `ctx.clock.now()`); picks the key's year and month. */
  now?: Date;
}

export interface StoredUpload {
  key: string;
  size: number;
  contentType: string;
}

/**
 * Streams an upload into `store` under a new server-made key
 * `schools/<code>/<yyyy>/<mm>/<id>`, never trusting the client's name or type. Throws
 * `file_empty`, `file_type`, or `payload_too_large` as soon as the limit is passed, in which
 * case nothing is left stored.
 */
export async function storeUpload(store: FileStore, input: UploadInput): Promise<StoredUpload> {
  const { maxBytes } = input;
  const tooLarge = () => new ApiError('payload_too_large', { params: { limit: humanSize(maxBytes) } });
  const reader = input.body.getReader();

  // The head is read first: it decides the type, and refusals happen before any write.
  const chunks: Uint8Array[] = [];
  let received = 0;
  let ended = false;
  while (received < SNIFF_BYTES) {
    const { done, value } = await reader.read();
    if (done) {
      ended = true;
      break;
    }
    chunks.push(value);
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
  }
  const head = concat(chunks);
  if (head.byteLength === 0) throw new ApiError('file_empty', { field: 'file' });
  const contentType = sniffContentType(head.subarray(0, SNIFF_BYTES), input.declaredType, input.name);
  if (input.allowed && !input.allowed.some((pattern) => matches(pattern, contentType))) {
    await reader.cancel().catch(() => {});
    throw new ApiError('file_type', { field: 'file' });
  }

  let overLimit = false;
  const counted = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(head);
    },
    async pull(controller) {
      if (ended) return controller.close();
      const { done, value } = await reader.read();
      if (done) return controller.close();
      received += value.byteLength;
      if (received > maxBytes) {
        // Stop reading the client at once rather than after the whole body has arrived.
        overLimit = true;
        await reader.cancel().catch(() => {});
        return controller.error(tooLarge());
      }
      controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });

  const key = uploadKey(input.schoolCode, input.now ?? new Date());
  try {
    const { size } = await store.put(key, counted, { contentType });
    return { key, size, contentType };
  } catch (error) {
    await store.delete(key).catch(() => {});
    throw overLimit ? tooLarge() : error;
  }
}

/** `schools/<code>/<yyyy>/<mm>/<id>`, the month in Asia/Macau. */
export function uploadKey(schoolCode: string, now: Date): string {
  // Keys are lower-case only (see key.ts); school codes like `B-888` are case-insensitive.
  const code = schoolCode.toLowerCase();
  if (!/^[a-z0-9][a-z0-9-]*$/.test(code)) throw new Error(`invalid school code: ${schoolCode}`);
  // Macao is UTC+8 all year (no daylight saving since 1979), so a fixed offset is exact.
  const macau = new Date(now.getTime() + 8 * 3600_000);
  const month = String(macau.getUTCMonth() + 1).padStart(2, '0');
  return `schools/${code}/${macau.getUTCFullYear()}/${month}/${newId(now.getTime())}`;
}

/** 10485760 → `10 MB`, for limits shown to people. */
export function humanSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1).replace(/\.0$/, '')} ${units[unit]}`;
}

function matches(pattern: string, contentType: string): boolean {
  return pattern.endsWith('/*') ? contentType.startsWith(pattern.slice(0, -1)) : pattern === contentType;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
