import type { FileStore } from '../types';
import { assertValidKey } from './key';

type Meta = { httpMetadata?: { contentType?: string } };

/**
 * The part of a Workers `R2Bucket` this store uses. Declared here rather than taken from
 * `@cloudflare/workers-types`, so the file type-checks under Bun's and Node's types too.
 */
export interface R2BucketLike {
  put(key: string, value: Uint8Array, options?: Meta): Promise<unknown>;
  get(key: string): Promise<{ body: ReadableStream<Uint8Array>; size: number; httpMetadata?: { contentType?: string } } | null>;
  delete(keys: string | string[]): Promise<void>;
  createMultipartUpload(key: string, options?: Meta): Promise<R2MultipartUploadLike>;
}

export interface R2MultipartUploadLike {
  uploadPart(partNumber: number, value: Uint8Array): Promise<{ partNumber: number; etag: string }>;
  complete(parts: { partNumber: number; etag: string }[]): Promise<unknown>;
  abort(): Promise<void>;
}

// R2 refuses a stream of unknown length in put(), and an upload's counted stream has none.
// So bodies are cut into parts: one part → a plain put; more → a multipart upload, whose
// parts must all be the same size (≥ 5 MiB) except the last. Memory holds one part at most.
const PART_SIZE = 8 * 1024 * 1024;

/** A FileStore on an R2 bucket (the edge deployment). */
export function createR2FileStore(bucket: R2BucketLike, options: { partSize?: number } = {}): FileStore {
  const partSize = options.partSize ?? PART_SIZE;
  return {
    async put(key, body, meta) {
      assertValidKey(key);
      const httpMetadata = { contentType: meta.contentType };
      if (body instanceof Uint8Array) {
        await bucket.put(key, body, { httpMetadata });
        return { size: body.byteLength };
      }
      return putStream(bucket, key, body, httpMetadata, partSize);
    },
    async get(key) {
      assertValidKey(key);
      const object = await bucket.get(key);
      if (!object) return null;
      return {
        body: object.body,
        size: object.size,
        contentType: object.httpMetadata?.contentType ?? 'application/octet-stream',
      };
    },
    async delete(key) {
      assertValidKey(key);
      await bucket.delete(key);
    },
  };
}

async function putStream(
  bucket: R2BucketLike,
  key: string,
  body: ReadableStream<Uint8Array>,
  httpMetadata: { contentType: string },
  partSize: number,
): Promise<{ size: number }> {
  const reader = body.getReader();
  let part = new Uint8Array(partSize);
  let filled = 0;
  let size = 0;
  // An object, not a `let`, so TypeScript does not narrow it to null across the closure.
  const multipart: { upload: R2MultipartUploadLike | null; parts: { partNumber: number; etag: string }[] } = {
    upload: null,
    parts: [],
  };

  const flush = async () => {
    multipart.upload ??= await bucket.createMultipartUpload(key, { httpMetadata });
    multipart.parts.push(await multipart.upload.uploadPart(multipart.parts.length + 1, part.subarray(0, filled)));
    part = new Uint8Array(partSize);
    filled = 0;
  };

  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      let offset = 0;
      while (offset < value.byteLength) {
        // A full part is sent only once more bytes arrive, so a body of exactly one part
        // still goes through a plain put.
        if (filled === partSize) await flush();
        const take = Math.min(partSize - filled, value.byteLength - offset);
        part.set(value.subarray(offset, offset + take), filled);
        filled += take;
        offset += take;
      }
    }
    if (multipart.upload === null) {
      await bucket.put(key, part.subarray(0, filled), { httpMetadata });
    } else {
      if (filled > 0) await flush();
      await multipart.upload.complete(multipart.parts);
    }
    return { size };
  } catch (error) {
    await reader.cancel(error).catch(() => {});
    await multipart.upload?.abort().catch(() => {});
    throw error;
  }
}
