import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { FileStore, StoredFile } from '../types';
import { assertValidKey, streamOf } from './key';

// Bun only: the Workers build must never import this file (node:fs).

// The content type lives in a sidecar under `.meta/`; valid keys never start a segment with
// a dot, so no key can land on a sidecar or on a `.tmp-` file.
const META_DIR = '.meta';
const READ_CHUNK = 64 * 1024;

/** A FileStore on a local directory (the Bun deployment's stand-in for R2). */
export function createLocalFileStore(rootDir: string): FileStore {
  const root = resolve(rootDir);

  // Defence in depth: even a key that passed validation must resolve inside the root.
  function pathOf(key: string, under = ''): string {
    assertValidKey(key);
    const full = resolve(root, under, key);
    if (!full.startsWith(root + sep)) throw new Error('file key escapes the store');
    return full;
  }
  const metaPathOf = (key: string) => `${pathOf(key, META_DIR)}.json`;

  return {
    async put(key, body, meta) {
      const target = pathOf(key);
      const metaPath = metaPathOf(key);
      await mkdir(dirname(target), { recursive: true });
      await mkdir(dirname(metaPath), { recursive: true });
      // Written beside the target then renamed, so a reader never sees half a file and a
      // failed upload leaves nothing under the key.
      const temp = join(dirname(target), `.tmp-${crypto.randomUUID()}`);
      let size = 0;
      try {
        size = await writeStream(temp, body instanceof Uint8Array ? streamOf(body) : body);
        await writeFile(metaPath, JSON.stringify({ contentType: meta.contentType }));
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
      return { size };
    },

    async get(key) {
      const path = pathOf(key);
      // A key that names a directory (a prefix of other keys) holds no file either.
      const info = await stat(path).catch(() => null);
      if (!info?.isFile()) return null;
      return { body: readStream(path), size: info.size, contentType: await readContentType(metaPathOf(key)) } satisfies StoredFile;
    },

    async delete(key) {
      await rm(pathOf(key), { force: true });
      await rm(metaPathOf(key), { force: true });
    },
  };
}

async function writeStream(path: string, body: ReadableStream<Uint8Array>): Promise<number> {
  const handle = await open(path, 'wx');
  const reader = body.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      await handle.write(value);
    }
  } catch (error) {
    await reader.cancel(error).catch(() => {});
    throw error;
  } finally {
    await handle.close();
  }
  return size;
}

async function readContentType(metaPath: string): Promise<string> {
  try {
    const { contentType } = JSON.parse(await readFile(metaPath, 'utf8'));
    return typeof contentType === 'string' ? contentType : 'application/octet-stream';
  } catch {
    return 'application/octet-stream';
  }
}

/** A pull-based web stream over a file, so only one chunk is in memory at a time. */
function readStream(path: string): ReadableStream<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      handle ??= await open(path, 'r');
      const buffer = new Uint8Array(READ_CHUNK);
      const { bytesRead } = await handle.read(buffer, 0, READ_CHUNK, null);
      if (bytesRead === 0) {
        await handle.close();
        handle = null;
        controller.close();
      } else {
        controller.enqueue(buffer.subarray(0, bytesRead));
      }
    },
    async cancel() {
      await handle?.close();
      handle = null;
    },
  });
}
