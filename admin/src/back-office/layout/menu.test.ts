import { describe, expect, it } from 'vitest';
import { MENU, mayOpen, menuTrail } from './menu';

describe('Back-office menu', () => {
  it('Should find the trail of a screen, and nothing for an unknown path', () => {
    expect(menuTrail('contacts/members')).toEqual(['nav.contacts', 'nav.members']);
    expect(menuTrail('/audit/')).toEqual(['nav.audit']);
    expect(menuTrail('')).toEqual(['nav.home']);
    expect(menuTrail('nowhere')).toBeNull();
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
});
