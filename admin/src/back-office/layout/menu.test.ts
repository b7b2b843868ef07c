import { describe, expect, it } from 'vitest';
import type { MyPermissions } from '../../lib/permissions-client';
import { MENU, mayOpen, menuTrail, visibleMenu } from './menu';

/** GET /roles/me for a role, with `extra` over the defaults. */
function me(extra: Partial<MyPermissions>): MyPermissions {
  return {
    role: 'normal',
    kind: 'staff',
    backOffice: false,
    manageAll: false,
    scope: null,
    canManageAdmins: false,
    canTransferCreator: false,
    canDissolve: false,
    canChangeSettings: false,
    canReadAudit: false,
    canManageWorkbench: false,
    permissions: { backOffice: 'no', scope: 'none', contacts: 'none', apps: 'none', devices: 'none', dissolve: 'no' },
    ...extra,
  };
}
const shown = (groups: ReturnType<typeof visibleMenu>) => groups.flatMap((g) => [g.label, ...(g.items ?? []).map((i) => i.path)]);

describe('Back-office menu', () => {
  it('Should find the trail of a screen, and nothing for an unknown path', () => {
    expect(menuTrail('contacts/members')).toEqual(['nav.contacts', 'nav.members']);
    expect(menuTrail('/audit/')).toEqual(['nav.audit']);
    expect(menuTrail('')).toEqual(['nav.home']);
    expect(menuTrail('nowhere')).toBeNull();
  });

  it('Should give a detail page the trail of the entry it is under, when asked', () => {
    expect(menuTrail('subscription/requests/abc123', { within: true })).toEqual(['nav.contacts', 'sub.req.nav']);
    expect(menuTrail('homework/assignments/x/submissions/y', { within: true })).toEqual(['nav.homework', 'nav.assignments']);
    // exact by default (the not-open page), and the home entry never swallows an unknown path
    expect(menuTrail('subscription/requests/abc123')).toBeNull();
    expect(menuTrail('nowhere/at/all', { within: true })).toBeNull();
  });

  it('Should have no two entries at one path', () => {
    const paths = MENU.flatMap((g) => [g.path, ...(g.items ?? []).map((i) => i.path)]).filter((p) => p !== undefined);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it.each([
    ['creator', { staff: true, admin: true, super: true }],
    ['super', { staff: true, admin: true, super: true }],
    ['scoped', { staff: true, admin: true, super: false }],
    [null, { staff: true, admin: false, super: false }],
  ] as const)('Should let a %s admin open what the API lets them', (role, expected) => {
    expect({ staff: mayOpen('staff', role), admin: mayOpen('admin', role), super: mayOpen('super', role) }).toEqual(expected);
  });

  it('Should show a scoped admin of departments the staff contacts and 部署應用, but not 工作台', () => {
    const scoped = me({ role: 'scoped', backOffice: true, scope: { departmentIds: ['d1'], classIds: [], apps: [] } });
    const paths = shown(visibleMenu('scoped', scoped));
    expect(paths).toContain('contacts/departments');
    expect(paths).toContain('contacts/members');
    expect(paths).not.toContain('contacts/home-school');
    expect(paths).toContain('apps/deployed');
    expect(paths).not.toContain('apps/workbench');
    expect(paths).not.toContain('nav.permissions');
    expect(paths).not.toContain('nav.audit');
  });

  it('Should show a scoped admin of classes the home-school contacts only', () => {
    const paths = shown(visibleMenu('scoped', me({ role: 'scoped', backOffice: true, scope: { departmentIds: [], classIds: ['c1'], apps: [] } })));
    expect(paths).toContain('contacts/home-school');
    expect(paths).not.toContain('contacts/members');
  });

  it('Should fall back on the role until GET /roles/me answers', () => {
    expect(shown(visibleMenu('scoped'))).not.toContain('nav.contacts');
    expect(shown(visibleMenu('super'))).toContain('permissions/security');
    expect(shown(visibleMenu(null))).toEqual(['nav.home', 'nav.teaching', 'teaching/courses', 'teaching/terms', 'teaching/subjects', 'teaching/locations', 'nav.homework', 'homework/questions', 'homework/definitions', 'homework/assignments', 'nt.nav', 'nav.messages']);
  });

  it('Should give super admins every entry', () => {
    const all = me({ role: 'super', backOffice: true, manageAll: true, canManageAdmins: true, canChangeSettings: true, canReadAudit: true, canManageWorkbench: true });
    expect(shown(visibleMenu('super', all))).toEqual(shown(visibleMenu('super')));
  });
});
