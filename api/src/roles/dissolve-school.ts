import { and, eq } from 'drizzle-orm';
import { controlAudit, schools } from '../../../db/control/schema';
import { files } from '../../../db/schema';
import { canDissolve } from '../auth/policy';
import type { Deps } from '../deps';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden } from '../lib/errors';
import { newId } from '../lib/ids';

/** Deletes a school database by URL (a local `file:` database and its -wal/-shm files). */
export type SchoolDbDeleter = (url: string) => Promise<void>;

// The deleter is runtime-specific (node:fs on Bun, nothing at the edge), so the entry that
// builds the deps registers it; AppConfig has no slot for it yet.
const deleters = new WeakMap<Deps, SchoolDbDeleter>();

/** Registers how this deployment deletes a local school database (Bun: `deleteLocalSchoolDb`). */
export function setSchoolDbDeleter(deps: Deps, deleter: SchoolDbDeleter): void {
  deleters.set(deps, deleter);
}

/**
 * ID-05 解散組織: the creator, typing the school's code exactly, dissolves the school.
 *
 * The registry row is marked `dissolved` first, so from then on every request to the school
 * is a 404 and no job runs for it; then its sessions, cached client, stored files and
 * database go. A local `file:` database is deleted by the registered deleter; a remote one
 * (Turso) cannot be deleted from here, so a control audit row tells the operator to delete it.
 *
 * The code is never reused: the dissolved row stays in the registry as a tombstone, so
 * provisioning the same code again is refused (`school_exists`), and old links, cookies or
 * messages naming the code can never reach a different school.
 */
export async function dissolveSchool(
  deps: Deps,
  ctx: ServiceContext,
  input: { confirmCode: string },
  deleteDb: SchoolDbDeleter | undefined = deleters.get(deps),
): Promise<{ code: string; databaseDeleted: boolean }> {
  const actor = ctx.actor;
  if (!actor || !canDissolve(actor)) throw forbidden();
  const code = ctx.school.code;
  if (input.confirmCode !== code) throw new ApiError('confirm_code_mismatch', { field: 'confirmCode' });
  const row = await deps.control.db.select().from(schools).where(eq(schools.code, code)).get();
  if (!row || row.status === 'dissolved') throw new ApiError('school_not_found');
  const now = ctx.clock.now();
  const audit = (action: string, after: unknown) => ({
    id: newId(now.getTime()),
    at: now,
    operatorId: null,
    action,
    targetType: 'school',
    targetId: code,
    before: null,
    after,
  });

  // the files' keys must be read before the database goes
  const keys = (await ctx.db.select({ key: files.storageKey }).from(files).all()).map((f) => f.key);
  await deps.control.db.batch([
    deps.control.db.update(schools).set({ status: 'dissolved', updatedAt: now }).where(and(eq(schools.code, code), eq(schools.status, row.status))),
    deps.control.db.insert(controlAudit).values({
      ...audit('school.dissolve', { status: 'dissolved', by: { memberId: actor.memberId, name: actor.name }, ip: ctx.ip }),
      before: { status: row.status },
    }),
  ]);
  deps.registry.invalidate(code);
  deps.sessionCache.deleteSchool(code);

  let failedFiles = 0;
  for (const key of keys) await ctx.platform.files.delete(key).catch(() => failedFiles++);
  await deps.schools.evict(code);

  let databaseDeleted = false;
  let reason = 'remote database: delete it with the provider';
  if (row.dbUrl.startsWith('file:') && deleteDb) {
    try {
      await deleteDb(row.dbUrl);
      databaseDeleted = true;
    } catch (e) {
      reason = `deleting failed: ${e instanceof Error ? e.message : String(e)}`;
    }
  } else if (row.dbUrl.startsWith('file:')) {
    reason = 'no deleter registered for local databases';
  }
  await deps.control.db.insert(controlAudit).values(
    databaseDeleted
      ? audit('school.db.deleted', { dbUrl: row.dbUrl, files: keys.length, failedFiles })
      : audit('school.db.delete-pending', { dbUrl: row.dbUrl, dbTokenSecret: row.dbTokenSecret, reason, files: keys.length, failedFiles }),
  );
  return { code, databaseDeleted };
}
