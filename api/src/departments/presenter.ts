import type { Department } from './tree';

export interface DepartmentNode {
  id: string;
  parentId: string | null;
  name: string;
  kind: 'normal' | 'alumni';
  sortOrder: number;
  /** 0 for the root (the school). */
  depth: number;
  /** Whether the caller may change it; false for the ancestors a scoped admin sees as context. */
  manageable: boolean;
  /** Members in the department and below, each once; absent when hidden (ADM-04) or for context rows. */
  memberCount?: number;
  /** Department heads (部門負責人); absent for context rows. */
  heads?: { id: string; name: string }[];
}

/** A department as the contacts tree shows it. */
export function presentDepartment(
  d: Department,
  depth: number,
  extra: { manageable: boolean; context: boolean; memberCount: number | null; heads: { id: string; name: string }[] },
): DepartmentNode {
  const node: DepartmentNode = { id: d.id, parentId: d.parentId, name: d.name, kind: d.kind, sortOrder: d.sortOrder, depth, manageable: extra.manageable };
  if (extra.context) return node;
  if (extra.memberCount !== null) node.memberCount = extra.memberCount;
  node.heads = extra.heads;
  return node;
}

/** A department just created or changed. */
export function presentDepartmentRow(d: Department) {
  return { id: d.id, parentId: d.parentId, name: d.name, kind: d.kind, sortOrder: d.sortOrder, createdAt: d.createdAt.toISOString() };
}
