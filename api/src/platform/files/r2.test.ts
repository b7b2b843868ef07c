import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/errors';
import { type R2BucketLike, type R2MultipartUploadLike, createR2FileStore } from './r2';
import { bytesOf, chunked, endless, text } from './test-streams';
import { storeUpload } from './upload';

/** An in-memory bucket that checks what real R2 checks: no unsized streams, uniform parts. */
function fakeBucket() {
  const objects = new Map<string, { bytes: Uint8Array; contentType?: string }>();
  const log = { puts: 0, multipart: 0, aborted: 0, partSizes: [] as number[] };
  const bucket: R2BucketLike = {
    async put(key, value, options) {
      if (!(value instanceof Uint8Array)) throw new Error('R2 needs a known length');
      log.puts++;
      objects.set(key, { bytes: value.slice(), contentType: options?.httpMetadata?.contentType });
    },
    async get(key) {
      const object = objects.get(key);
      if (!object) return null;
      return { body: chunked(object.bytes, 1024), size: object.bytes.byteLength, httpMetadata: { contentType: object.contentType } };
    },
    async delete(keys) {
      for (const key of [keys].flat()) objects.delete(key);
    },
    async createMultipartUpload(key, options): Promise<R2MultipartUploadLike> {
      log.multipart++;
      const parts = new Map<number, Uint8Array>();
      return {
        async uploadPart(partNumber, value) {
          parts.set(partNumber, value.slice());
          log.partSizes.push(value.byteLength);
          return { partNumber, etag: `etag-${partNumber}` };
        },
        async complete(uploaded) {
          const sizes = uploaded.map((p) => parts.get(p.partNumber)?.byteLength ?? 0);
          if (sizes.slice(0, -1).some((s) => s !== sizes[0])) throw new Error('parts must be the same size');
          const all = uploaded.flatMap((p) => [...(parts.get(p.partNumber) ?? [])]);
          objects.set(key, { bytes: new Uint8Array(all), contentType: options?.httpMetadata?.contentType });
        },
        async abort() {
          log.aborted++;
        },
      };
    },
  };
  return { bucket, objects, log };
}

describe('R2 file store', () => {
  it('Should round-trip bytes with their content type', async () => {
    const { bucket } = fakeBucket();
    const store = createR2FileStore(bucket);
    expect(await store.put('schools/b-888/a', bytesOf('abc'), { contentType: 'text/plain' })).toEqual({ size: 3 });
    const got = await store.get('schools/b-888/a');
    expect(got).toMatchObject({ size: 3, contentType: 'text/plain' });
    expect(await text(got?.body ?? new ReadableStream())).toBe('abc');
    await store.delete('schools/b-888/a');
    expect(await store.get('schools/b-888/a')).toBeNull();
  });

  it('Should put a small stream in one piece', async () => {
    const { bucket, log } = fakeBucket();
    const store = createR2FileStore(bucket, { partSize: 64 });
    expect(await store.put('k', chunked(new Uint8Array(64).fill(1), 10), { contentType: 'image/png' })).toEqual({ size: 64 });
    expect(log).toMatchObject({ puts: 1, multipart: 0 });
  });

  it('Should send a larger stream as equal parts', async () => {
    const { bucket, objects, log } = fakeBucket();
    const store = createR2FileStore(bucket, { partSize: 64 });
    const body = new Uint8Array(300).map((_, i) => i % 256);
    expect(await store.put('k', chunked(body, 37), { contentType: 'application/pdf' })).toEqual({ size: 300 });
    expect(log.partSizes).toEqual([64, 64, 64, 64, 44]);
    expect(objects.get('k')).toEqual({ bytes: body, contentType: 'application/pdf' });
  });

  it('Should abort the multipart upload when the body fails', async () => {
    const { bucket, objects, log } = fakeBucket();
    const store = createR2FileStore(bucket, { partSize: 64 });
    const { stream } = endless(50);
    const failing = stream.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          if (log.partSizes.length >= 2) controller.error(new Error('gone'));
          else controller.enqueue(chunk);
        },
      }),
    );
    await expect(store.put('k', failing, { contentType: 'text/plain' })).rejects.toThrow('gone');
    expect(log.aborted).toBe(1);
    expect(objects.size).toBe(0);
  });

  it('Should store nothing when an upload passes its limit', async () => {
    const { bucket, objects } = fakeBucket();
    const store = createR2FileStore(bucket, { partSize: 1024 });
    const { stream } = endless(300);
    const error = await storeUpload(store, { schoolCode: 'B-888', body: stream, declaredType: 'text/plain', name: 'a.txt', maxBytes: 5000 }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(objects.size).toBe(0);
  });

  it('Should refuse keys that could escape', async () => {
    const store = createR2FileStore(fakeBucket().bucket);
    await expect(store.put('../x', bytesOf('x'), { contentType: 'text/plain' })).rejects.toThrow(/invalid file key/);
  });
});
