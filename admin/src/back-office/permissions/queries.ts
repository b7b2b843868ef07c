import { query } from '@solidjs/router';
import type { Id } from '../../lib/client';
import { permissionsApi } from '../../lib/permissions-client';

type Paging = { page: number; pageSize: number; q: string };

/** What the signed-in member may do (menus, screens). */
export const myPermissions = query((school: string) => permissionsApi(school).roles.me(), 'roles-me');
/** The §15 table. */
export const permissionTable = query((school: string) => permissionsApi(school).roles.table(), 'roles-table');
export const listAdmins = query((school: string, paging: Paging) => permissionsApi(school).roles.admins(paging), 'roles-admins');
export const listGroups = query((school: string, paging: Paging) => permissionsApi(school).roles.groups(paging), 'roles-groups');

export const securitySettings = query((school: string) => permissionsApi(school).security.get(), 'security');
export const confidentialViews = query((school: string, paging: Paging) => permissionsApi(school).security.views(paging), 'security-views');

/** Every app of the catalogue with the school's settings (19 apps: one page). */
export const listApps = query(async (school: string) => (await permissionsApi(school).apps.list({ pageSize: 100 })).items, 'apps');
/** Every workbench group in order (a school has a handful). */
export const workbenchGroups = query(async (school: string) => (await permissionsApi(school).apps.groups({ pageSize: 100 })).items, 'workbench-groups');

export const departmentList = query((school: string) => permissionsApi(school).lookups.departments(), 'pm-departments');
export const classTree = query((school: string) => permissionsApi(school).lookups.classes(), 'pm-classes');
/** A staff member by id, for names the lists hold only ids of (visible ranges). */
export const staffMember = query((school: string, id: Id) => permissionsApi(school).lookups.member(id), 'pm-member');
