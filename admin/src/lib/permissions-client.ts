import { type Id, type LocalisedText, type MemberKind, type Page, type SessionMember, schoolFetch } from './client';

/**
 * Typed client of 功能權限 (ADM-01/02, api/src/roles), 安全與保密 (ADM-04, api/src/settings),
 * 部署應用 and 工作台 (APP-01/02, api/src/apps), 掃碼登錄 (APP-03, api/src/auth/qr-login.ts)
 * and the few lookups their pickers need (departments, classes, staff, a parent's children).
 */

// ── 功能權限 (manual §15) ──────────────────────────────────────────────────────

export type AdminRoleName = 'creator' | 'super' | 'scoped';
export type PermissionColumn = AdminRoleName | 'normal';
export type PermissionCell = 'yes' | 'no' | 'all' | 'scoped' | 'none';
export type PermissionRow = 'backOffice' | 'scope' | 'contacts' | 'apps' | 'devices' | 'dissolve';

/** The §15 table: rows × the four roles, each cell with its value and its words. */
export interface PermissionTable {
  columns: { key: PermissionColumn; label: LocalisedText }[];
  rows: { key: PermissionRow; label: LocalisedText; cells: Record<PermissionColumn, { value: PermissionCell; label: LocalisedText }> }[];
}

/** A 管理範圍: departments (each with what lies below), classes, and app keys. */
export interface Scope {
  departmentIds: Id[];
  classIds: Id[];
  apps: string[];
}
export const emptyScope = (): Scope => ({ departmentIds: [], classIds: [], apps: [] });

/** What the signed-in member may do (GET /roles/me): the back-office menus follow it. */
export interface MyPermissions {
  role: PermissionColumn;
  kind: MemberKind;
  backOffice: boolean;
  manageAll: boolean;
  /** A scoped admin's scope, its management groups' included; null for everyone else. */
  scope: Scope | null;
  canManageAdmins: boolean;
  canTransferCreator: boolean;
  canDissolve: boolean;
  canChangeSettings: boolean;
  canReadAudit: boolean;
  canManageWorkbench: boolean;
  permissions: Record<PermissionRow, PermissionCell>;
  /**
   * ADM-04 whether the school shows the viewer's watermark. Not sent by the API yet (only super
   * admins can read the security settings); read when it is, so every viewer gets it.
   */
  watermark?: boolean;
}

/** A member as the roles pages name them. */
export interface MemberRef {
  id: Id;
  name: string;
  title: string;
  kind: MemberKind;
  status: string;
}
export interface Admin {
  member: MemberRef;
  role: AdminRoleName;
  /** The admin's own scope (management groups lend theirs besides). */
  scope: Scope;
  groups: { id: Id; name: string }[];
}
export interface AdminGroup {
  id: Id;
  name: string;
  scope: Scope;
  members: MemberRef[];
  createdAt: string;
}
export interface GroupInput {
  name: string;
  scope: Scope;
  memberIds: Id[];
}

// ── 安全與保密 (manual §17) ────────────────────────────────────────────────────

export const CONFIDENTIAL_FIELDS = ['phone', 'account', 'email'] as const;
export type ConfidentialField = (typeof CONFIDENTIAL_FIELDS)[number];
export interface SecuritySettings {
  smsSecondFactor: boolean;
  watermark: boolean;
  hideMemberCount: boolean;
  confidentialFields: ConfidentialField[];
}
export interface ConfidentialView {
  id: Id;
  at: string;
  field: ConfidentialField;
  viewer: { id: Id; name: string | null };
  member: { id: Id; name: string | null };
}

// ── 部署應用 and 工作台 (manual §19) ──────────────────────────────────────────────

/** Who sees an app: all three empty = every staff member. */
export interface VisibleRange {
  departmentIds: Id[];
  memberIds: Id[];
  tagIds: Id[];
}
export interface AppSetting {
  key: string;
  name: LocalisedText;
  /** `all`: 家長學生及教職員; `staff`: 教職員 only. */
  audience: 'all' | 'staff';
  enabled: boolean;
  parentsAllowed: boolean;
  visibleRange: VisibleRange;
  /** Whether the caller may change it (a scoped admin: the apps of its scope). */
  manageable: boolean;
}
export interface AppPatch {
  enabled?: boolean;
  parentsAllowed?: boolean;
  visibleRange?: VisibleRange;
}
export interface WorkbenchGroup {
  id: Id;
  /** zh-Hant. */
  name: string;
  translations: { en?: string; pt?: string };
  sortOrder: number;
  appKeys: string[];
  createdAt: string;
}
export interface AppTile {
  key: string;
  name: LocalisedText;
}
/** The mobile home page: the groups in order, each with the apps this member may open. */
export interface MyWorkbench {
  groups: { id: Id; name: string; apps: AppTile[] }[];
}

// ── 掃碼登錄 (APP-03) ─────────────────────────────────────────────────────────

export interface QrCode {
  token: string;
  /** The address inside the code: /admin/:school/m/qr/:token. */
  url: string;
  qrSvg: string;
  expiresAt: string;
}
export type QrPoll = { status: 'pending'; expiresAt: string } | { status: 'confirmed'; member: SessionMember; csrfToken: string };

// ── Lookups for the pickers ──────────────────────────────────────────────────

export interface DepartmentRow {
  id: Id;
  parentId: Id | null;
  name: string;
  kind: 'normal' | 'alumni';
  /** 0 for the root (the school). */
  depth: number;
  manageable: boolean;
}
export interface DepartmentList {
  rootId: Id;
  alumniId: Id | null;
  items: DepartmentRow[];
}
export interface ClassTree {
  campuses: { id: Id; name: string; grades: { id: Id; name: string; schoolYear: string; classes: { id: Id; name: string }[] }[] }[];
}
export interface StaffRow {
  id: Id;
  name: string;
  title?: string;
  kind: MemberKind;
  status: string;
  adminRole: AdminRoleName | null;
  departments?: { id: Id; name: string }[];
}
/** One of a parent's children (or a student themself), for the mobile child switcher. */
export interface Child {
  id: Id;
  name: string;
  relation: string;
  classId: Id | null;
  className: string | null;
  gradeName: string | null;
  schoolYear: string | null;
  status: string;
}

// ── The client ───────────────────────────────────────────────────────────────

function toQuery(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
}

/** The client of these modules for one school. */
export function permissionsApi(school: string) {
  async function call<T>(method: string, path: string, json?: unknown): Promise<T> {
    const res = await schoolFetch(school, method, path, json === undefined ? {} : { json });
    if (res.status === 204) return undefined as T;
    return (await res.json()) as T;
  }
  const get = <T>(path: string) => call<T>('GET', path);
  const enc = encodeURIComponent;
  type Paging = { page?: number; pageSize?: number; q?: string };

  return {
    roles: {
      table: () => get<PermissionTable>('/roles/permissions'),
      me: () => get<MyPermissions>('/roles/me'),
      admins: (query: Paging & { role?: AdminRoleName } = {}) => get<Page<Admin>>(`/roles/admins${toQuery(query)}`),
      addAdmin: (input: { memberId: Id; role: 'super' | 'scoped'; scope?: Scope }) => call<Admin>('POST', '/roles/admins', input),
      updateAdmin: (memberId: Id, input: { role?: 'super' | 'scoped'; scope?: Scope }) => call<Admin>('PATCH', `/roles/admins/${enc(memberId)}`, input),
      removeAdmin: (memberId: Id) => call<void>('DELETE', `/roles/admins/${enc(memberId)}`),
      groups: (query: Paging = {}) => get<Page<AdminGroup>>(`/roles/groups${toQuery(query)}`),
      createGroup: (input: GroupInput) => call<AdminGroup>('POST', '/roles/groups', input),
      updateGroup: (id: Id, input: Partial<GroupInput>) => call<AdminGroup>('PATCH', `/roles/groups/${enc(id)}`, input),
      deleteGroup: (id: Id) => call<void>('DELETE', `/roles/groups/${enc(id)}`),
      transferCreator: (memberId: Id) => call<{ creator: Admin; formerCreator: Admin }>('POST', '/roles/transfer-creator', { memberId }),
      dissolve: (confirmCode: string) => call<{ code: string; databaseDeleted: boolean }>('POST', '/roles/dissolve', { confirmCode }),
    },
    security: {
      get: () => get<SecuritySettings>('/settings/security'),
      update: (patch: Partial<SecuritySettings>) => call<SecuritySettings>('PATCH', '/settings/security', patch),
      views: (query: Paging = {}) => get<Page<ConfidentialView>>(`/settings/security/views${toQuery(query)}`),
    },
    apps: {
      list: (query: Paging = {}) => get<Page<AppSetting>>(`/apps${toQuery(query)}`),
      update: (key: string, patch: AppPatch) => call<AppSetting>('PATCH', `/apps/${enc(key)}`, patch),
      mine: () => get<MyWorkbench>('/apps/workbench'),
      groups: (query: Paging = {}) => get<Page<WorkbenchGroup>>(`/apps/workbench/groups${toQuery(query)}`),
      createGroup: (input: { name: string; translations?: { en?: string; pt?: string }; appKeys?: string[] }) =>
        call<WorkbenchGroup>('POST', '/apps/workbench/groups', input),
      renameGroup: (id: Id, name: string, translations: { en?: string; pt?: string } = {}) =>
        call<WorkbenchGroup>('PATCH', `/apps/workbench/groups/${enc(id)}`, { name, translations }),
      setGroupApps: (id: Id, appKeys: string[]) => call<WorkbenchGroup>('PUT', `/apps/workbench/groups/${enc(id)}/items`, { appKeys }),
      reorderGroups: (groupIds: Id[]) => call<{ groupIds: Id[] }>('POST', '/apps/workbench/groups/reorder', { groupIds }),
      deleteGroup: (id: Id) => call<void>('DELETE', `/apps/workbench/groups/${enc(id)}`),
    },
    qr: {
      create: () => call<QrCode>('POST', '/auth/qr'),
      poll: (token: string) => get<QrPoll>(`/auth/qr/${enc(token)}`),
      confirm: (token: string) => call<{ status: 'confirmed' }>('POST', `/auth/qr/${enc(token)}/confirm`),
    },
    lookups: {
      departments: () => get<DepartmentList>('/departments'),
      classes: () => get<ClassTree>('/home-school/tree'),
      staff: (query: Paging = {}) => get<Page<StaffRow>>(`/members${toQuery({ kind: 'staff', status: 'active', ...query })}`),
      member: (id: Id) => get<StaffRow>(`/members/${enc(id)}`),
      myChildren: () => get<{ items: Child[] }>('/home-school/my-children'),
    },
  };
}

export type PermissionsApi = ReturnType<typeof permissionsApi>;
