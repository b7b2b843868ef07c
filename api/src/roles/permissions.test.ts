import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';
import { permissionTable } from './permission-table';
import { APP_IN, APP_OUT, type Role, type SchoolIds, seedSchool, signInAll } from './test-school';

let env: TestEnv;
let ids: SchoolIds;
let agents: Record<Role, Agent>;
beforeAll(async () => {
  env = await createTestEnv();
  ids = await seedSchool(env, 'A-001');
  agents = await signInAll(env, 'A-001');
});
afterAll(() => env.close());

/** Manual §15, as printed. */
const MANUAL = {
  登陸管理後台: ['√', '√', '√', '×'],
  管理範圍: ['全部', '全部', '設置的範圍', '不可管理'],
  通訊錄權限: ['全部', '全部', '設置的範圍', '無權限'],
  應用權限: ['全部', '全部', '設置的範圍', '無權限'],
  設備管理權限: ['全部', '全部', '設置的範圍', '無權限'],
  解散組織: ['√', '×', '×', '×'],
};

describe('ADM-02 the permission table of manual §15', () => {
  it('ADM-02 GET /roles/permissions is the manual\'s table, rows × 創建人 超級管理員 分級管理員 普通用戶', async () => {
    const res = await agents.teacher.get('roles/permissions');
    expect(res.status).toBe(200);
    expect(res.body.columns.map((c: { label: { 'zh-Hant': string } }) => c.label['zh-Hant'])).toEqual(['創建人', '超級管理員', '分級管理員', '普通用戶']);
    const printed = Object.fromEntries(
      res.body.rows.map((r: { label: { 'zh-Hant': string }; cells: Record<string, { label: { 'zh-Hant': string } }> }) => [
        r.label['zh-Hant'],
        ['creator', 'super', 'scoped', 'normal'].map((c) => r.cells[c].label['zh-Hant']),
      ]),
    );
    expect(printed).toEqual(MANUAL);
    expect(res.body).toEqual(permissionTable());
  });

  /**
   * Each row asked of the routes that enforce it, with a target inside the scoped admin's
   * scope and one outside: allowed outside → all; only inside → scoped; neither → none.
   */
  const PROBES: Record<string, (a: Agent) => Promise<string>> = {
    backOffice: async (a) => ((await a.get('apps')).status === 200 ? 'yes' : 'no'),
    scope: async (a) =>
      reach(
        await a.patch(`apps/${APP_IN}`, { visibleRange: { departmentIds: [ids.deptInSub] } }),
        await a.patch(`apps/${APP_IN}`, { visibleRange: { departmentIds: [ids.deptOut] } }),
      ),
    contacts: async (a) => {
      const staffIn = await a.get(`members/${ids.teacher}/confidential/phone`);
      const familyIn = await a.get(`members/${ids.parent}/confidential/phone`);
      return reach(staffIn.status < 300 ? familyIn : staffIn, await a.get(`members/${ids.teacherOut}/confidential/phone`));
    },
    apps: async (a) => reach(await a.patch(`apps/${APP_IN}`, { enabled: true }), await a.patch(`apps/${APP_OUT}`, { enabled: true })),
    devices: async (a) => reach(await a.get(`roles/devices/${ids.teacher}`), await a.get(`roles/devices/${ids.teacherOut}`)),
    // a wrong code: the creator is past authorization (400), everyone else is refused (403)
    dissolve: async (a) => ((await a.post('roles/dissolve', { confirmCode: 'WRONG' })).status === 400 ? 'yes' : 'no'),
  };
  function reach(inside: { status: number }, outside: { status: number }): string {
    if (outside.status < 300) return 'all';
    return inside.status < 300 ? 'scoped' : 'none';
  }

  const COLUMNS: [Role, string][] = [
    ['creator', 'creator'],
    ['super', 'super'],
    ['scopedIn', 'scoped'],
    ['teacher', 'normal'],
    ['parent', 'normal'],
    ['student', 'normal'],
  ];
  it.each(COLUMNS)('ADM-02 the table and the enforcement agree for %s (column %s)', async (role, column) => {
    const table = permissionTable();
    for (const row of table.rows) {
      const probe = PROBES[row.key];
      expect(probe, row.key).toBeDefined();
      expect(`${row.key}: ${await probe(agents[role])}`).toBe(`${row.key}: ${row.cells[column as 'normal'].value}`);
    }
    const me = await agents[role].get('roles/me');
    expect(me.body.role).toBe(column);
    expect(me.body.permissions).toEqual(Object.fromEntries(table.rows.map((r) => [r.key, r.cells[column as 'normal'].value])));
  });

  it('ADM-02 /roles/me tells the menus what the caller may do', async () => {
    expect((await agents.creator.get('roles/me')).body).toMatchObject({
      role: 'creator',
      backOffice: true,
      manageAll: true,
      scope: null,
      canManageAdmins: true,
      canDissolve: true,
      canTransferCreator: true,
      canChangeSettings: true,
      canManageWorkbench: true,
    });
    expect((await agents.scopedIn.get('roles/me')).body).toMatchObject({
      role: 'scoped',
      backOffice: true,
      manageAll: false,
      scope: { departmentIds: [ids.deptIn], classIds: [ids.classIn], apps: [APP_IN] },
      canManageAdmins: false,
      canDissolve: false,
    });
    expect((await agents.parent.get('roles/me')).body).toMatchObject({ role: 'normal', kind: 'parent', backOffice: false, scope: null, canManageAdmins: false });
  });
});
