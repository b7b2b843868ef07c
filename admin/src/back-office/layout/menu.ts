import type { IconName } from '../../components/Icon';
import type { AdminRole } from '../../lib/client';
import type { MessageKey } from '../../lib/i18n';
import type { MyPermissions } from '../../lib/permissions-client';

/** Who sees an entry: every staff member, any admin, or creator and super admins only. */
export type Access = 'staff' | 'admin' | 'super';

/**
 * What GET /roles/me must grant for an entry; once it has answered this replaces `access`
 * (so a scoped admin of departments sees 通訊錄, and only super admins see 工作台).
 */
export const GRANTS = {
  staffContacts: (p: MyPermissions) => p.manageAll || !!p.scope?.departmentIds.length,
  homeSchool: (p: MyPermissions) => p.manageAll || !!p.scope?.classIds.length,
  admins: (p: MyPermissions) => p.canManageAdmins,
  settings: (p: MyPermissions) => p.canChangeSettings,
  apps: (p: MyPermissions) => p.backOffice,
  workbench: (p: MyPermissions) => p.canManageWorkbench,
  audit: (p: MyPermissions) => p.canReadAudit,
} satisfies Record<string, (p: MyPermissions) => boolean>;
export type Grant = keyof typeof GRANTS;

/** One screen of the back-office, at `/:school/<path>`. */
export interface MenuItem {
  path: string;
  label: MessageKey;
  grant?: Grant;
}
/** A top-level entry: a screen of its own, or a group of screens. */
export interface MenuGroup {
  label: MessageKey;
  icon: IconName;
  /** Unset: every staff member (teachers use 教學管理 and 功課). */
  access?: Access;
  /** For a group without items (a screen of its own). */
  grant?: Grant;
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
      { path: 'contacts/members', label: 'nav.members', grant: 'staffContacts' },
      { path: 'contacts/departments', label: 'nav.departments', grant: 'staffContacts' },
      { path: 'contacts/tags', label: 'tags.nav', grant: 'staffContacts' },
      { path: 'contacts/home-school', label: 'nav.homeSchool', grant: 'homeSchool' },
      // 自動升班 (manual §2) and the subscription QR codes (§1): super admins
      { path: 'promotion/b08', label: 'prm.navB08' },
      { path: 'promotion/b01', label: 'prm.navB01' },
      { path: 'promotion/qr', label: 'prm.navQr' },
      { path: 'subscription/requests', label: 'sub.req.nav', grant: 'staffContacts' },
    ],
  },
  {
    label: 'nav.permissions',
    access: 'super',
    icon: 'shield',
    items: [
      { path: 'permissions/admins', label: 'nav.admins', grant: 'admins' },
      { path: 'permissions/groups', label: 'nav.adminGroups', grant: 'admins' },
      { path: 'permissions/security', label: 'nav.security', grant: 'settings' },
    ],
  },
  {
    label: 'nav.apps',
    access: 'admin',
    icon: 'grid',
    items: [
      { path: 'apps/deployed', label: 'nav.deployApps', grant: 'apps' },
      { path: 'apps/workbench', label: 'nav.workbench', grant: 'workbench' },
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
      { path: 'site/showcases', label: 'site.navShowcases' },
      { path: 'site/types', label: 'site.navTypes' },
      { path: 'site/articles', label: 'site.navArticles' },
      { path: 'site/comments', label: 'site.navComments' },
    ],
  },
  { label: 'nt.nav', icon: 'clipboard', path: 'notices' },
  { label: 'nt.navAnnouncements', icon: 'bell', path: 'announcements', access: 'admin' },
  { label: 'nav.messages', icon: 'bell', path: 'messages' },
  { label: 'nav.audit', icon: 'clipboard', path: 'audit', access: 'super', grant: 'audit' },
];

/**
 * The trail to a path: its group and its item, e.g. 通訊錄 / 成員. With `within`, a screen
 * under an entry (a detail page such as `subscription/requests/<id>`) has that entry's trail.
 */
export function menuTrail(path: string, options: { within?: boolean } = {}): MessageKey[] | null {
  const segments = path.replace(/^\/+|\/+$/g, '').split('/');
  for (let n = segments.length; n >= (options.within ? 1 : segments.length); n--) {
    const clean = segments.slice(0, n).join('/');
    for (const group of MENU) {
      if (group.path !== undefined && group.path === clean && (clean !== '' || n === segments.length)) return [group.label];
      const item = group.items?.find((i) => i.path === clean);
      if (item) return [group.label, item.label];
    }
  }
  return null;
}

/** Whether a member with `role` may open entries with `access` (mirrors api/src/auth/policy.ts). */
export function mayOpen(access: Access | undefined, role: AdminRole): boolean {
  if (!access || access === 'staff') return true;
  if (access === 'admin') return role !== null;
  return role === 'creator' || role === 'super';
}

/**
 * Whether an entry shows: by its grant once GET /roles/me answered (`perms`), else by role.
 * An item without an access of its own has its group's.
 */
export function shows(entry: { access?: Access; grant?: Grant }, role: AdminRole, perms?: MyPermissions): boolean {
  if (perms && entry.grant) return GRANTS[entry.grant](perms);
  return mayOpen(entry.access, role);
}

/** The menu as far as the member reaches: groups with at least one item shown, and those items. */
export function visibleMenu(role: AdminRole, perms?: MyPermissions): MenuGroup[] {
  return MENU.flatMap((group) => {
    if (!group.items) return shows(group, role, perms) ? [group] : [];
    const items = group.items.filter((item) => shows({ access: group.access, ...item }, role, perms));
    return items.length > 0 ? [{ ...group, items }] : [];
  });
}
