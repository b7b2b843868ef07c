import type { DefinitionSection } from '../../../lib/homework-client';
import { t } from '../../../lib/i18n';
import type { TreeNode } from '../../contacts/Tree';
import { formatScore } from '../labels';

/** The ids of a section and every section below it. */
export function subtree(sections: DefinitionSection[], id: string): string[] {
  const ids = [id];
  for (let i = 0; i < ids.length; i++) for (const s of sections) if (s.parentId === ids[i]) ids.push(s.id);
  return ids;
}

/** The sum of the scores under a section (its sub-sections included), in cents so 0.1 + 0.2 is 0.3. */
export function sectionTotal(sections: DefinitionSection[], id: string): number {
  const ids = new Set(subtree(sections, id));
  const cents = sections.filter((s) => ids.has(s.id)).reduce((sum, s) => sum + s.items.reduce((a, i) => a + Math.round((i.score ?? 0) * 100), 0), 0);
  return cents / 100;
}

/** Whether a section holds a question itself or in a sub-section (HW-04). */
export const holdsQuestions = (sections: DefinitionSection[], id: string): boolean =>
  subtree(sections, id).some((sid) => (sections.find((s) => s.id === sid)?.items.length ?? 0) > 0);

/** The flat sections (display order, with parentId) as the tree component's nested nodes. */
export function toNodes(sections: DefinitionSection[], scored: boolean, parentId: string | null = null): TreeNode[] {
  const known = new Set(sections.map((s) => s.id));
  return sections
    .filter((s) => (parentId === null ? s.parentId === null || !known.has(s.parentId) : s.parentId === parentId))
    .map((s) => ({
      id: s.id,
      label: scored ? `${s.title} ${t('hw.tree.totals', { n: formatScore(sectionTotal(sections, s.id)) })}` : s.title,
      tag: holdsQuestions(sections, s.id) ? undefined : t('hw.tree.emptySection'),
      count: s.items.length,
      countLabel: `${s.items.length}`,
      children: toNodes(sections, scored, s.id),
    }));
}
