import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/lib/errors';
import { createR2FileStore } from '../../src/platform/files/r2';
import { bytesOf, chunked, endless } from '../../src/platform/files/test-streams';
import { storeUpload } from '../../src/platform/files/upload';

const MiB = 1024 * 1024;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** `size` bytes that start like a PNG and then count up, so a misplaced byte shows. */
function pngBytes(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) & 0xff;
  bytes.set(PNG);
  return bytes;
}

async function bytesOfStream(body: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(body).arrayBuffer());
}

async function keysUnder(prefix: string): Promise<string[]> {
  return (await env.FILES.list({ prefix })).objects.map((o) => o.key);
}

describe('R2 file store on the R2 binding', () => {
  it('Should put a stream and get it back byte-equal, then delete it', async () => {
    const store = createR2FileStore(env.FILES);
    const bytes = pngBytes(300_000);
    const put = await store.put('schools/b-888/2026/09/one', chunked(bytes, 16_384), { contentType: 'image/png' });
    expect(put).toEqual({ size: bytes.byteLength });

    const got = await store.get('schools/b-888/2026/09/one');
    expect(got).toMatchObject({ size: bytes.byteLength, contentType: 'image/png' });
    expect(await bytesOfStream(got?.body ?? new ReadableStream())).toEqual(bytes);

    await store.delete('schools/b-888/2026/09/one');
    expect(await store.get('schools/b-888/2026/09/one')).toBeNull();
  });

  it('Should store a stream larger than a part through a multipart upload', async () => {
    // R2's minimum part size is 5 MiB (all parts but the last): 12 MiB → 5 + 5 + 2.
    const store = createR2FileStore(env.FILES, { partSize: 5 * MiB });
    const bytes = pngBytes(12 * MiB);
    expect(await store.put('schools/b-888/2026/09/big', chunked(bytes, 64 * 1024), { contentType: 'image/png' })).toEqual({
      size: bytes.byteLength,
    });
    const got = await store.get('schools/b-888/2026/09/big');
    expect(got?.size).toBe(bytes.byteLength);
    expect(await bytesOfStream(got?.body ?? new ReadableStream())).toEqual(bytes);
    await store.delete('schools/b-888/2026/09/big');
  });
});

describe('storeUpload on the R2 binding', () => {
  it('Should store an upload under a server-made key with the sniffed type', async () => {
    const store = createR2FileStore(env.FILES);
    const bytes = pngBytes(70_000);
    const stored = await storeUpload(store, {
      schoolCode: 'B-888',
      body: chunked(bytes, 8192),
      declaredType: 'text/html',
      name: 'photo.html',
      maxBytes: MiB,
      now: new Date('2026-09-01T00:00:00Z'),
    });
    expect(stored).toMatchObject({ size: bytes.byteLength, contentType: 'image/png' });
    expect(stored.key).toMatch(/^schools\/b-888\/2026\/09\/[^/]+$/);
    const object = await env.FILES.get(stored.key);
    expect(object?.httpMetadata?.contentType).toBe('image/png');
    expect(new Uint8Array((await object?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(bytes);
    await store.delete(stored.key);
    expect(await env.FILES.head(stored.key)).toBeNull();
  });

  it.each([
    { what: 'a single put', partSize: 8 * MiB, maxBytes: 256 * 1024, chunk: 64 * 1024 },
    { what: 'a multipart upload', partSize: 5 * MiB, maxBytes: 11 * MiB, chunk: 256 * 1024 },
  ])('Should refuse a body over the limit mid-stream and leave nothing stored ($what)', async ({ partSize, maxBytes, chunk }) => {
    const store = createR2FileStore(env.FILES, { partSize });
    const { stream, state } = endless(chunk, PNG);
    const upload = storeUpload(store, {
      schoolCode: 'B-777',
      body: stream,
      declaredType: 'image/png',
      name: 'a.png',
      maxBytes,
      now: new Date('2026-09-01T00:00:00Z'),
    });
    const error = await upload.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('payload_too_large');
    // Reading stopped just past the limit (the stream is endless) and the client was cancelled.
    expect(state.pulled).toBeLessThanOrEqual(maxBytes + 2 * chunk);
    expect(state.cancelled).toBe(true);
    expect(await keysUnder('schools/b-777/')).toEqual([]);
  });

  it('Should refuse a type that is not allowed before writing anything', async () => {
    const store = createR2FileStore(env.FILES);
    await expect(
      storeUpload(store, { schoolCode: 'B-666', body: chunked(bytesOf('<html><script>x</script>'), 8), declaredType: 'image/png', name: 'x.png', maxBytes: MiB, allowed: ['image/*'] }),
    ).rejects.toMatchObject({ code: 'file_type' });
    expect(await keysUnder('schools/b-666/')).toEqual([]);
  });
});
