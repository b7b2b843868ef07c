import type { Department } from '../../lib/contacts-client';

/**
 * Names departments the way a reader tells them apart: the bare name, or "小學部/中文科組"
 * when another department has the same name (two 中文科組 under two sections).
 */
export function departmentLabeler(items: Department[]): (d: { id: string; name: string }) => string {
  const byId = new Map(items.map((d) => [d.id, d]));
  const seen = new Map<string, number>();
  for (const d of items) seen.set(d.name, (seen.get(d.name) ?? 0) + 1);
  return (d) => {
    if ((seen.get(d.name) ?? 0) < 2) return d.name;
    const parent = byId.get(byId.get(d.id)?.parentId ?? '');
    return parent && parent.parentId !== null ? `${parent.name}/${d.name}` : d.name;
  };
}
