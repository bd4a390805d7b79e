import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canCreateTeam, canManageOrg, canManageTeam, leavesNoAdmin } from './org-policy';

const role = fc.constantFrom('member' as const, 'facilitator' as const, 'admin' as const, null);
const teamRole = fc.constantFrom('member' as const, 'leader' as const, null);

describe('organization policy', () => {
  it('lets only admins manage the organization, admins and facilitators create teams', () => {
    expect([null, 'member', 'facilitator', 'admin'].map((r) => canManageOrg(r as never))).toEqual([
      false,
      false,
      false,
      true,
    ]);
    expect([null, 'member', 'facilitator', 'admin'].map((r) => canCreateTeam(r as never))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });

  it('lets a team be managed by its leaders and the org admins, and never from outside the org', () => {
    fc.assert(
      fc.property(role, teamRole, (o, t) => {
        expect(canManageTeam(o, t)).toBe(o !== null && (o === 'admin' || t === 'leader'));
        expect(canManageTeam(null, t)).toBe(false);
      }),
    );
  });

  it('never leaves an organization without an admin', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
        fc.constantFrom('a', 'b', 'c', 'd'),
        role,
        (admins, userId, newRole) => {
          const remaining =
            admins.filter((a) => a !== userId).length + (newRole === 'admin' ? 1 : 0);
          expect(leavesNoAdmin(admins, { userId, newRole })).toBe(remaining === 0);
        },
      ),
    );
  });
});
