/** A section row as the tree helpers need it. */
export interface SectionNode {
  id: string;
  parentId: string | null;
  sortOrder: number;
}

/**
 * The sections in display order: depth first, siblings by `sortOrder` (then id, so ties are
 * stable). A section whose parent is missing is shown at the top level rather than lost.
 */
export function inDisplayOrder<S extends SectionNode>(sections: readonly S[]): S[] {
  const known = new Set(sections.map((s) => s.id));
  const children = new Map<string | null, S[]>();
  for (const s of sections) {
    const parent = s.parentId !== null && known.has(s.parentId) ? s.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(s);
    children.set(parent, list);
  }
  const out: S[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null) => {
    const list = (children.get(parent) ?? []).sort((a, b) => a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : 1));
    for (const s of list) {
      if (seen.has(s.id)) continue;
      seen.add(s.id);
      out.push(s);
      visit(s.id);
    }
  };
  visit(null);
  return out;
}

/** The ids of a section and every section below it. */
export function subtreeIds(sections: readonly SectionNode[], rootId: string): string[] {
  const ids = [rootId];
  for (let i = 0; i < ids.length; i++) {
    for (const s of sections) if (s.parentId === ids[i] && !ids.includes(s.id)) ids.push(s.id);
  }
  return ids;
}

/**
 * The ids of siblings (in their current order) with `id` moved to `position` (0-based; past
 * the end means last), so a drag in the tree editor is one call and orders stay 0…n-1.
 */
export function placeAt(ids: readonly string[], id: string, position: number): string[] {
  const rest = ids.filter((x) => x !== id);
  rest.splice(Math.min(position, rest.length), 0, id);
  return rest;
}
