import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * Deletes a local school database (`file:` URL) with its WAL and shared-memory files. Bun and
 * Node only: the local entry registers it with `setSchoolDbDeleter`; Workers never import it.
 */
export async function deleteLocalSchoolDb(url: string): Promise<void> {
  if (!url.startsWith('file:')) throw new Error(`not a local database: ${url}`);
  const path = url.startsWith('file://') ? fileURLToPath(url) : url.slice('file:'.length);
  if (!path.endsWith('.db')) throw new Error(`not a school database file: ${path}`);
  for (const suffix of ['', '-wal', '-shm']) await rm(`${path}${suffix}`, { force: true });
}
