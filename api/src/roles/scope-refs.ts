import { eq, inArray } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { adminGroupScopes, adminScopes, classes, departments } from '../../../db/schema';
import { ApiError } from '../lib/errors';
import type { Scope } from './schemas';

/** A scope with each list once, in the order given. */
export function dedupeScope(scope: Scope): Scope {
  return { departmentIds: [...new Set(scope.departmentIds)], classIds: [...new Set(scope.classIds)], apps: [...new Set(scope.apps)] };
}

/** 400 naming `field` when one of `ids` is not a row of the table behind `existing`. */
export async function checkRefs(ids: string[], existing: (ids: string[]) => Promise<string[]>, field: string): Promise<void> {
  if (ids.length === 0) return;
  const found = new Set(await existing(ids));
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw new ApiError('unknown_ref', { field, params: { field, ref: missing } });
}

export const existingDepartments = (db: SchoolDbOrTx) => async (ids: string[]) =>
  (await db.select({ id: departments.id }).from(departments).where(inArray(departments.id, ids)).all()).map((r) => r.id);

export const existingClasses = (db: SchoolDbOrTx) => async (ids: string[]) =>
  (await db.select({ id: classes.id }).from(classes).where(inArray(classes.id, ids)).all()).map((r) => r.id);

/**
 * Every department and class a scope names must exist (app keys were checked against the
 * catalogue by the schema); a 400 names the field, e.g. `scope.classIds`.
 */
export async function checkScopeRefs(db: SchoolDbOrTx, scope: Scope, field = 'scope'): Promise<void> {
  await checkRefs(scope.departmentIds, existingDepartments(db), `${field}.departmentIds`);
  await checkRefs(scope.classIds, existingClasses(db), `${field}.classIds`);
}

type ScopeRow = { kind: 'department' | 'class' | 'app'; ref: string };

export function scopeRows(scope: Scope): ScopeRow[] {
  return [
    ...scope.departmentIds.map((ref) => ({ kind: 'department' as const, ref })),
    ...scope.classIds.map((ref) => ({ kind: 'class' as const, ref })),
    ...scope.apps.map((ref) => ({ kind: 'app' as const, ref })),
  ];
}

export function scopeOf(rows: ScopeRow[]): Scope {
  const scope: Scope = { departmentIds: [], classIds: [], apps: [] };
  for (const r of rows) (r.kind === 'department' ? scope.departmentIds : r.kind === 'class' ? scope.classIds : scope.apps).push(r.ref);
  return scope;
}

/** A member's own scope (without what management groups lend). */
export async function ownScope(db: SchoolDbOrTx, memberId: string): Promise<Scope> {
  return scopeOf(await db.select({ kind: adminScopes.kind, ref: adminScopes.ref }).from(adminScopes).where(eq(adminScopes.memberId, memberId)).all());
}

/** A management group's scope. */
export async function groupScope(db: SchoolDbOrTx, groupId: string): Promise<Scope> {
  return scopeOf(
    await db.select({ kind: adminGroupScopes.kind, ref: adminGroupScopes.ref }).from(adminGroupScopes).where(eq(adminGroupScopes.groupId, groupId)).all(),
  );
}

/** Replaces a member's own scope. */
export async function replaceOwnScope(tx: SchoolDbOrTx, memberId: string, scope: Scope): Promise<void> {
  await tx.delete(adminScopes).where(eq(adminScopes.memberId, memberId));
  const rows = scopeRows(dedupeScope(scope)).map((r) => ({ memberId, ...r }));
  if (rows.length > 0) await tx.insert(adminScopes).values(rows);
}

/** Replaces a management group's scope. */
export async function replaceGroupScope(tx: SchoolDbOrTx, groupId: string, scope: Scope): Promise<void> {
  await tx.delete(adminGroupScopes).where(eq(adminGroupScopes.groupId, groupId));
  const rows = scopeRows(dedupeScope(scope)).map((r) => ({ groupId, ...r }));
  if (rows.length > 0) await tx.insert(adminGroupScopes).values(rows);
}
