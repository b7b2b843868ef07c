import type { IconName } from '../../components/Icon';
import type { AdminRole } from '../../lib/client';
import type { MessageKey } from '../../lib/i18n';

/** Who sees an entry: every staff member, any admin, or creator and super admins only. */
export type Access = 'staff' | 'admin' | 'super';

/** One screen of the back-office, at `/:school/<path>`. */
export interface MenuItem {
  path: string;
  label: MessageKey;
}
/** A top-level entry: a screen of its own, or a group of screens. */
export interface MenuGroup {
  label: MessageKey;
  icon: IconName;
  /** Unset: every staff member (teachers use 教學管理 and 功課). */
  access?: Access;
  path?: string;
  items?: MenuItem[];
}

/** The back-office menu, in the manual's order and words (manual §5, §13–§19). */
export const MENU: MenuGroup[] = [
  { label: 'nav.home', icon: 'home', path: '' },
  {
    label: 'nav.contacts',
    access: 'super',
    icon: 'users',
    items: [
      { path: 'contacts/members', label: 'nav.members' },
      { path: 'contacts/departments', label: 'nav.departments' },
      { path: 'contacts/home-school', label: 'nav.homeSchool' },
    ],
  },
  {
    label: 'nav.permissions',
    access: 'super',
    icon: 'shield',
    items: [
      { path: 'permissions/admins', label: 'nav.admins' },
      { path: 'permissions/groups', label: 'nav.adminGroups' },
      { path: 'permissions/security', label: 'nav.security' },
    ],
  },
  {
    label: 'nav.apps',
    access: 'admin',
    icon: 'grid',
    items: [
      { path: 'apps/deployed', label: 'nav.deployApps' },
      { path: 'apps/workbench', label: 'nav.workbench' },
    ],
  },
  {
    label: 'nav.teaching',
    icon: 'book',
    items: [
      { path: 'teaching/courses', label: 'nav.courses' },
      { path: 'teaching/terms', label: 'nav.terms' },
      { path: 'teaching/subjects', label: 'nav.subjects' },
      { path: 'teaching/locations', label: 'nav.locations' },
    ],
  },
  {
    label: 'nav.homework',
    icon: 'pencil',
    items: [
      { path: 'homework/questions', label: 'nav.questionBank' },
      { path: 'homework/definitions', label: 'nav.definitions' },
      { path: 'homework/assignments', label: 'nav.assignments' },
    ],
  },
  {
    label: 'nav.anomaly',
    access: 'admin',
    icon: 'alarm',
    items: [
      { path: 'anomaly/rules', label: 'nav.ruleDefinitions' },
      { path: 'anomaly/assignments', label: 'nav.ruleAssignments' },
    ],
  },
  {
    label: 'nav.site',
    access: 'admin',
    icon: 'globe',
    items: [
      { path: 'site/showcases', label: 'nav.showcases' },
      { path: 'site/articles', label: 'nav.articles' },
    ],
  },
  { label: 'nav.messages', icon: 'bell', path: 'messages' },
  { label: 'nav.audit', icon: 'clipboard', path: 'audit', access: 'super' },
];

/** The trail to a path: its group and its item, e.g. 通訊錄 / 成員. */
export function menuTrail(path: string): MessageKey[] | null {
  const clean = path.replace(/^\/+|\/+$/g, '');
  for (const group of MENU) {
    if (group.path !== undefined && group.path === clean) return [group.label];
    const item = group.items?.find((i) => i.path === clean);
    if (item) return [group.label, item.label];
  }
  return null;
}

/** Whether a member with `role` may open entries with `access` (mirrors api/src/auth/policy.ts). */
export function mayOpen(access: Access | undefined, role: AdminRole): boolean {
  if (!access || access === 'staff') return true;
  if (access === 'admin') return role !== null;
  return role === 'creator' || role === 'super';
}
