import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/errors';
import { createMemoryFileStore } from './memory';
import { bytesOf, chunked, endless, text } from './test-streams';
import { humanSize, storeUpload, uploadKey } from './upload';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const base = { schoolCode: 'B-888', declaredType: 'text/plain', name: 'note.txt', maxBytes: 1024 * 1024 };

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('storeUpload', () => {
  it('Should store under a server-made key and report size and sniffed type', async () => {
    const store = createMemoryFileStore();
    const body = chunked(bytesOf('家長日通知\n'.repeat(500)), 100);
    const result = await storeUpload(store, { ...base, body, declaredType: 'text/html', name: '../../x.txt', now: new Date('2026-09-30T16:30:00Z') });
    // 16:30 UTC on 30 September is already 1 October in Macao.
    expect(result.key).toMatch(/^schools\/b-888\/2026\/10\/[0-9a-z]{26}$/);
    expect(result).toMatchObject({ size: 8000, contentType: 'application/octet-stream' });
    const stored = await store.get(result.key);
    expect(await text(stored?.body ?? new ReadableStream())).toBe('家長日通知\n'.repeat(500));
  });

  it('Should refuse an empty file', async () => {
    const store = createMemoryFileStore();
    const error = await refusal(storeUpload(store, { ...base, body: chunked(new Uint8Array(0), 1) }));
    expect(error).toMatchObject({ code: 'file_empty', field: 'file', status: 400 });
    expect(store.keys()).toEqual([]);
  });

  it('Should refuse types outside `allowed`, by content not by claim', async () => {
    const store = createMemoryFileStore();
    const body = chunked(bytesOf('not really a png'), 4);
    const error = await refusal(storeUpload(store, { ...base, body, declaredType: 'image/png', name: 'a.png', allowed: ['image/*'] }));
    expect(error).toMatchObject({ code: 'file_type', field: 'file', status: 415 });
    const ok = await storeUpload(store, { ...base, body: chunked(PNG, 5), allowed: ['image/*', 'application/pdf'] });
    expect(ok.contentType).toBe('image/png');
    expect(store.keys()).toEqual([ok.key]);
  });

  it('Should stop reading as soon as the limit is passed and leave nothing stored', async () => {
    const store = createMemoryFileStore();
    const { stream, state } = endless(4096, PNG);
    const error = await refusal(storeUpload(store, { ...base, body: stream, maxBytes: 64 * 1024 }));
    expect(error).toMatchObject({ code: 'payload_too_large', status: 413, options: { params: { limit: '64 KB' } } });
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThan(64 * 1024 + 3 * 4096);
    expect(store.keys()).toEqual([]);
  });

  it('Should refuse a head already over a tiny limit', async () => {
    const store = createMemoryFileStore();
    const error = await refusal(storeUpload(store, { ...base, body: chunked(bytesOf('0123456789'), 10), maxBytes: 5 }));
    expect(error.code).toBe('payload_too_large');
    expect(store.keys()).toEqual([]);
  });

  it('Should accept a file of exactly maxBytes', async () => {
    const store = createMemoryFileStore();
    const result = await storeUpload(store, { ...base, body: chunked(new Uint8Array(1000).fill(0x41), 300), maxBytes: 1000 });
    expect(result.size).toBe(1000);
  });

  it('Should format limits for people and refuse odd school codes', () => {
    expect([humanSize(512), humanSize(1024), humanSize(1536), humanSize(10 * 1024 * 1024), humanSize(2 * 1024 ** 3)]).toEqual([
      '512 B',
      '1 KB',
      '1.5 KB',
      '10 MB',
      '2 GB',
    ]);
    expect(() => uploadKey('../x', new Date())).toThrow(/school code/);
  });
});
