import type { Campus, Grade, HomeSchoolTree, SchoolClass } from '../../lib/contacts-client';
import { t } from '../../lib/i18n';
import type { TreeNode } from './Tree';

/** What is selected in the campus → grade → class tree. */
export type Selection =
  | { kind: 'all' }
  | { kind: 'campus'; campus: Campus }
  | { kind: 'grade'; campus: Campus; grade: Grade }
  | { kind: 'class'; campus: Campus; grade: Grade; cls: SchoolClass };

/** Tree node ids name their level: `all`, `campus:<id>`, `grade:<id>`, `class:<id>`. */
export const nodeId = (kind: 'campus' | 'grade' | 'class', id: string) => `${kind}:${id}`;

const counted = (n: { studentCount: number }) => ({ count: n.studentCount, countLabel: t('contacts.studentCount', { n: n.studentCount }) });

/** The tree as nodes: 全校 at the top, then campuses, grades (with their school year) and classes. */
export function homeSchoolNodes(tree: HomeSchoolTree): TreeNode[] {
  return [
    {
      id: 'all',
      label: t('contacts.wholeSchool'),
      ...counted(tree.totals),
      children: tree.campuses.map((campus) => ({
        id: nodeId('campus', campus.id),
        label: campus.name,
        ...counted(campus),
        children: campus.grades.map((grade) => ({
          id: nodeId('grade', grade.id),
          label: grade.name,
          tag: grade.schoolYear,
          ...counted(grade),
          children: grade.classes.map((cls) => ({ id: nodeId('class', cls.id), label: cls.name, ...counted(cls) })),
        })),
      })),
    },
  ];
}

/** The selection a node id names, or `all` when it names nothing (any more). */
export function selectionOf(tree: HomeSchoolTree, id: string): Selection {
  const [kind, ref] = id.split(':');
  for (const campus of tree.campuses) {
    if (kind === 'campus' && campus.id === ref) return { kind, campus };
    for (const grade of campus.grades) {
      if (kind === 'grade' && grade.id === ref) return { kind, campus, grade };
      const cls = grade.classes.find((c) => c.id === ref);
      if (kind === 'class' && cls) return { kind, campus, grade, cls };
    }
  }
  return { kind: 'all' };
}

/** Every class, labelled with its campus and grade, for class pickers. */
export function classOptions(tree: HomeSchoolTree): { id: string; label: string; group: string }[] {
  return tree.campuses.flatMap((campus) =>
    campus.grades.flatMap((grade) =>
      grade.classes.map((cls) => ({ id: cls.id, label: cls.name, group: `${campus.name} / ${grade.name} · ${grade.schoolYear}` })),
    ),
  );
}

/** The school year a new grade most likely belongs to: Macao's year starts in September. */
export function currentSchoolYear(now = new Date()): string {
  const y = now.getFullYear();
  return now.getMonth() >= 7 ? `${y}/${y + 1}` : `${y - 1}/${y}`;
}

/**
 * The position after the last sibling. The API files new campuses, grades and classes at 0
 * and then sorts by name, which puts 乙班 before 甲班; a new one goes last instead.
 */
export const nextSortOrder = (siblings: { sortOrder: number }[]): number =>
  siblings.reduce((max, s) => Math.max(max, s.sortOrder + 1), 0);
