import type { Actor } from '../lib/context';
import { ApiError, forbidden, notFound } from '../lib/errors';
import { canManageDepartment, canRestructureDepartment, visibleDepartments } from './policy';
import type { Department, DepartmentTree } from './tree';

/**
 * How a department id the caller sent is answered when the caller may not act on it:
 * unseen (outside a scoped admin's view) → 404; seen but not managed → 403. An id in the body
 * or query that names no department at all is bad input: 400 naming the field. (Department
 * names and ids are no secret: every staff member reads the tree.)
 */
export function managedTarget(actor: Actor | null, tree: DepartmentTree, id: string, restructure = false): Department {
  const department = tree.byId.get(id);
  if (!department || !visibleDepartments(actor, tree).has(id)) throw notFound();
  const allowed = restructure ? canRestructureDepartment(actor, id, tree) : canManageDepartment(actor, id, tree);
  if (!allowed) throw forbidden();
  return department;
}

/** A department named in the input that the caller must manage (see {@link managedTarget}). */
export function managedRef(actor: Actor | null, tree: DepartmentTree, id: string, field: string): Department {
  const department = visibleRef(actor, tree, id, field);
  if (!canManageDepartment(actor, id, tree)) throw forbidden();
  return department;
}

/** A department named in the input or a filter that the caller need only see. */
export function visibleRef(actor: Actor | null, tree: DepartmentTree, id: string, field: string): Department {
  const department = tree.byId.get(id);
  if (!department) throw unknownRef(field, id);
  if (!visibleDepartments(actor, tree).has(id)) throw notFound();
  return department;
}

/** 400 naming the field whose id names no department. */
export const unknownRef = (field: string, id: string): ApiError => new ApiError('unknown_ref', { field, params: { field, ref: id } });
