import {
  canChangeSettings,
  canDissolve,
  canEnterAdminConsole,
  canManageAdmins,
  canManageContact,
  canManageDevicesOf,
  canManageWorkbench,
  canReadAudit,
  canTransferCreator,
  isSuperAdmin,
  managesApp,
  managesDepartment,
  type Placement,
} from '../auth/policy';
import type { Actor } from '../lib/context';
import type { Locale } from '../lib/i18n';

type Text = Record<Locale, string>;
export type Column = 'creator' | 'super' | 'scoped' | 'normal';
export type Cell = 'yes' | 'no' | 'all' | 'scoped' | 'none';

export const COLUMNS: { key: Column; label: Text }[] = [
  { key: 'creator', label: { 'zh-Hant': '創建人', en: 'Creator', pt: 'Criador' } },
  { key: 'super', label: { 'zh-Hant': '超級管理員', en: 'Super admin', pt: 'Superadministrador' } },
  { key: 'scoped', label: { 'zh-Hant': '分級管理員', en: 'Scoped admin', pt: 'Administrador delegado' } },
  { key: 'normal', label: { 'zh-Hant': '普通用戶', en: 'Normal user', pt: 'Utilizador normal' } },
];

/** Something inside the sample scoped admin's scope, and something outside every scope. */
const INSIDE = { department: 'sample-department', cls: 'sample-class', app: 'notices' };
const OUTSIDE = { department: 'other-department', cls: 'other-class', app: 'calendar' };
const placed = (p: { department: string; cls: string }, kind: 'department' | 'class'): Placement =>
  kind === 'department' ? { departmentPaths: [[p.department]], classIds: [] } : { departmentPaths: [], classIds: [p.cls] };

function sampleActor(column: Column): Actor {
  return {
    memberId: `sample-${column}`,
    name: column,
    kind: 'staff',
    adminRole: column === 'normal' ? null : column,
    isTeacher: true,
    isStaff: true,
    scope: column === 'scoped' ? { departmentIds: [INSIDE.department], classIds: [INSIDE.cls], apps: [INSIDE.app] } : { departmentIds: [], classIds: [], apps: [] },
  };
}

type Target = typeof INSIDE;
interface Row {
  key: 'backOffice' | 'scope' | 'contacts' | 'apps' | 'devices' | 'dissolve';
  label: Text;
  /** A yes/no row asks `allowed`; a range row asks `reaches` for a target in and out of scope. */
  allowed?: (a: Actor) => boolean;
  reaches?: (a: Actor, t: Target) => boolean;
  none?: Text;
}

const NO_PERMISSION: Text = { 'zh-Hant': '無權限', en: 'No permission', pt: 'Sem permissão' };

/**
 * ADM-02: the rows of manual §15, each asking the very policy functions the routes enforce
 * (auth/policy.ts), so the table shown and the rules applied cannot disagree.
 */
const ROWS: Row[] = [
  { key: 'backOffice', label: { 'zh-Hant': '登陸管理後台', en: 'Sign in to the admin console', pt: 'Entrar na consola de administração' }, allowed: canEnterAdminConsole },
  {
    key: 'scope',
    label: { 'zh-Hant': '管理範圍', en: 'Management scope', pt: 'Âmbito de gestão' },
    reaches: (a, t) => managesDepartment(a, [t.department]),
    none: { 'zh-Hant': '不可管理', en: 'Cannot manage', pt: 'Não pode gerir' },
  },
  {
    key: 'contacts',
    label: { 'zh-Hant': '通訊錄權限', en: 'Contacts', pt: 'Contactos' },
    reaches: (a, t) => canManageContact(a, placed(t, 'department')) && canManageContact(a, placed(t, 'class')),
  },
  { key: 'apps', label: { 'zh-Hant': '應用權限', en: 'Apps', pt: 'Aplicações' }, reaches: (a, t) => managesApp(a, t.app) },
  { key: 'devices', label: { 'zh-Hant': '設備管理權限', en: 'Devices', pt: 'Dispositivos' }, reaches: (a, t) => canManageDevicesOf(a, placed(t, 'department')) },
  { key: 'dissolve', label: { 'zh-Hant': '解散組織', en: 'Dissolve the organisation', pt: 'Dissolver a organização' }, allowed: canDissolve },
];

const CELL_LABEL: Record<Exclude<Cell, 'none'>, Text> = {
  yes: { 'zh-Hant': '√', en: '√', pt: '√' },
  no: { 'zh-Hant': '×', en: '×', pt: '×' },
  all: { 'zh-Hant': '全部', en: 'All', pt: 'Tudo' },
  scoped: { 'zh-Hant': '設置的範圍', en: 'The scope set', pt: 'O âmbito definido' },
};

function cellOf(row: Row, a: Actor): Cell {
  if (row.allowed) return row.allowed(a) ? 'yes' : 'no';
  const reaches = row.reaches ?? (() => false);
  if (reaches(a, OUTSIDE)) return 'all';
  return reaches(a, INSIDE) ? 'scoped' : 'none';
}

const labelOf = (row: Row, cell: Cell): Text => (cell === 'none' ? (row.none ?? NO_PERMISSION) : CELL_LABEL[cell]);

/** The whole §15 table: rows × the four roles, each cell with its value and label. */
export function permissionTable() {
  return {
    columns: COLUMNS,
    rows: ROWS.map((row) => ({
      key: row.key,
      label: row.label,
      cells: Object.fromEntries(
        COLUMNS.map(({ key }) => {
          const cell = cellOf(row, sampleActor(key));
          return [key, { value: cell, label: labelOf(row, cell) }];
        }),
      ) as Record<Column, { value: Cell; label: Text }>,
    })),
  };
}

/** The column of the table an actor stands in (parents and students are normal users). */
export const columnOf = (a: Actor | null): Column => (a?.adminRole ? a.adminRole : 'normal');

/** ADM-02 for the caller: what the back-office menus may offer them. */
export function myPermissions(a: Actor) {
  const column = columnOf(a);
  const table = permissionTable();
  const permissions = Object.fromEntries(table.rows.map((r) => [r.key, r.cells[column].value])) as Record<Row['key'], Cell>;
  return {
    role: column,
    kind: a.kind,
    backOffice: canEnterAdminConsole(a),
    // creator and super admins reach everything; a scoped admin its scope (groups included)
    manageAll: isSuperAdmin(a),
    scope: a.adminRole === 'scoped' ? a.scope : null,
    canManageAdmins: canManageAdmins(a),
    canTransferCreator: canTransferCreator(a),
    canDissolve: canDissolve(a),
    canChangeSettings: canChangeSettings(a),
    canReadAudit: canReadAudit(a),
    canManageWorkbench: canManageWorkbench(a),
    permissions,
  };
}
