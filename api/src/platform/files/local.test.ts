import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileStore } from '../types';
import { createLocalFileStore } from './local';
import { bytesOf, chunked, text } from './test-streams';

describe('Local file store', () => {
  let root: string;
  let store: FileStore;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'campus-files-'));
    store = createLocalFileStore(root);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('Should round-trip bytes and a stream with their content type', async () => {
    expect(await store.put('schools/b-888/2026/09/a1', bytesOf('你好'), { contentType: 'text/plain' })).toEqual({ size: 6 });
    const big = new Uint8Array(200_000).map((_, i) => i % 251);
    expect(await store.put('schools/b-888/2026/09/a2', chunked(big, 7_000), { contentType: 'image/png' })).toEqual({ size: 200_000 });

    const small = await store.get('schools/b-888/2026/09/a1');
    expect(small?.contentType).toBe('text/plain');
    expect(await text(small?.body ?? new ReadableStream())).toBe('你好');
    const got = await store.get('schools/b-888/2026/09/a2');
    expect(got?.size).toBe(200_000);
    expect(new Uint8Array(await new Response(got?.body).arrayBuffer())).toEqual(big);
  });

  it('Should answer null for a missing key and forget a deleted one', async () => {
    expect(await store.get('schools/b-888/none')).toBeNull();
    await store.put('schools/b-888/2026/09/a', bytesOf('x'), { contentType: 'text/plain' });
    expect(await store.get('schools/b-888/2026')).toBeNull();
    await store.put('schools/b-888/x', bytesOf('x'), { contentType: 'text/plain' });
    await store.delete('schools/b-888/x');
    await store.delete('schools/b-888/x');
    expect(await store.get('schools/b-888/x')).toBeNull();
  });

  it.each([
    '../outside',
    'a/../../outside',
    '/etc/passwd',
    'a//b',
    'a/',
    '.meta/schools/x.json',
    'a/.tmp-1',
    'Upper/case',
    'a\\..\\b',
    '%2e%2e/x',
    '',
  ])('Should refuse the key %j', async (key) => {
    await expect(store.put(key, bytesOf('x'), { contentType: 'text/plain' })).rejects.toThrow(/invalid file key/);
    await expect(store.get(key)).rejects.toThrow(/invalid file key/);
    await expect(store.delete(key)).rejects.toThrow(/invalid file key/);
    expect(await readdir(root)).toEqual([]);
  });

  it('Should leave nothing under the key when the stream fails midway', async () => {
    let sent = 0;
    const failing = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ === 3) return controller.error(new Error('client went away'));
        controller.enqueue(new Uint8Array(1000));
      },
    });
    await expect(store.put('schools/b-888/broken', failing, { contentType: 'text/plain' })).rejects.toThrow('client went away');
    expect(await store.get('schools/b-888/broken')).toBeNull();
    expect(await readdir(join(root, 'schools/b-888'))).toEqual([]);
  });
});
