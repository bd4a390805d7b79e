import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canCreateTeam,
  canDeleteAar,
  canEditTeamVision,
  canLinkAspiration,
  canManageOrg,
  canAskToJoinTeam,
  canConsentForTeam,
  canJoinTeamMyself,
  canManageTeam,
  canReadMembershipHistory,
  canOwnActionItem,
  canReadTeamContent,
  canTakePartInAar,
  leavesNoAdmin,
} from './org-policy';

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

  describe('team content', () => {
    const standing = fc.record({ orgRole: role, teamRole });

    it('is read by the team’s members and leaders only, whatever their role in the organization', () => {
      expect(
        [null, 'member', 'leader'].map((t) =>
          canReadTeamContent({ orgRole: 'member', teamRole: t as never }),
        ),
      ).toEqual([false, true, true]);
      fc.assert(
        fc.property(standing, (s) => {
          expect(canReadTeamContent(s)).toBe(s.orgRole !== null && s.teamRole !== null);
          // An organization role neither grants nor takes away what team membership gives.
          if (s.orgRole !== null) {
            expect(canReadTeamContent(s)).toBe(
              canReadTeamContent({ orgRole: 'member', teamRole: s.teamRole }),
            );
          }
        }),
      );
      expect(canReadTeamContent({ orgRole: 'admin', teamRole: null })).toBe(false);
      expect(canReadTeamContent({ orgRole: 'facilitator', teamRole: null })).toBe(false);
    });

    it('lets leaders write the vision, and members only when the team allows', () => {
      expect(
        (
          [
            ['leader', false],
            ['leader', true],
            ['member', false],
            ['member', true],
            [null, true],
          ] as const
        ).map(([t, allowed]) => canEditTeamVision({ orgRole: 'member', teamRole: t }, allowed)),
      ).toEqual([true, true, false, true, false]);
      fc.assert(
        fc.property(standing, fc.boolean(), (s, allowed) => {
          const edit = canEditTeamVision(s, allowed);
          // Whoever may write it may read it; an org admin outside the team never may.
          if (edit) expect(canReadTeamContent(s)).toBe(true);
          if (s.teamRole === null) expect(edit).toBe(false);
          expect(edit).toBe(canReadTeamContent(s) && (s.teamRole === 'leader' || allowed));
          // Settings are management: the org admin may set them without being able to write.
          if (s.orgRole === 'admin' && s.teamRole === null) {
            expect(canManageTeam(s.orgRole, s.teamRole)).toBe(true);
            expect(edit).toBe(false);
          }
        }),
      );
    });

    it('lets only the aspiration’s author, in the team, link it to an outcome', () => {
      fc.assert(
        fc.property(standing, fc.boolean(), (s, isAuthor) => {
          expect(canLinkAspiration(s, isAuthor)).toBe(isAuthor && canReadTeamContent(s));
        }),
      );
      expect(canLinkAspiration({ orgRole: 'admin', teamRole: 'leader' }, false)).toBe(false);
    });

    it('lets the team’s members take part in after-action reviews and own their action items', () => {
      fc.assert(
        fc.property(standing, fc.boolean(), (s, isCreator) => {
          expect(canTakePartInAar(s)).toBe(canReadTeamContent(s));
          expect(canOwnActionItem(s)).toBe(canReadTeamContent(s));
          const remove = canDeleteAar(s, isCreator);
          if (remove) expect(canTakePartInAar(s)).toBe(true);
          expect(remove).toBe(canReadTeamContent(s) && (isCreator || s.teamRole === 'leader'));
        }),
      );
      expect(canDeleteAar({ orgRole: 'admin', teamRole: null }, true)).toBe(false);
      expect(canDeleteAar({ orgRole: 'member', teamRole: 'member' }, false)).toBe(false);
      expect(canDeleteAar({ orgRole: 'member', teamRole: 'leader' }, false)).toBe(true);
    });
  });

  describe('joining a team', () => {
    const standing = fc.record({ orgRole: role, teamRole });

    it('never lets a role place its holder in a closed team', () => {
      fc.assert(
        fc.property(standing, fc.boolean(), (s, open) => {
          const join = canJoinTeamMyself(s, open);
          expect(join).toBe(s.orgRole !== null && s.teamRole === null && open);
          // The same answer whatever the organization role: admin, facilitator or member.
          if (s.orgRole !== null) {
            expect(join).toBe(canJoinTeamMyself({ orgRole: 'member', teamRole: s.teamRole }, open));
          }
          if (!open) expect(join).toBe(false);
          // Outside the team one either joins (open) or asks (closed); never both.
          if (s.orgRole !== null && s.teamRole === null) {
            expect(join).not.toBe(canAskToJoinTeam(s, open));
          }
        }),
      );
      expect(canJoinTeamMyself({ orgRole: 'admin', teamRole: null }, false)).toBe(false);
      expect(canAskToJoinTeam({ orgRole: 'admin', teamRole: null }, false)).toBe(true);
      expect(canAskToJoinTeam({ orgRole: 'member', teamRole: 'member' }, false)).toBe(false);
    });

    it('takes a leader of the team to consent, never an org admin outside it', () => {
      fc.assert(
        fc.property(standing, (s) => {
          expect(canConsentForTeam(s)).toBe(s.orgRole !== null && s.teamRole === 'leader');
          if (canConsentForTeam(s)) expect(canReadTeamContent(s)).toBe(true);
          if (s.teamRole === null) expect(canConsentForTeam(s)).toBe(false);
        }),
      );
      expect(canConsentForTeam({ orgRole: 'admin', teamRole: null })).toBe(false);
      expect(canConsentForTeam({ orgRole: 'admin', teamRole: 'member' })).toBe(false);
    });

    it('shows the membership history to the team’s members only', () => {
      fc.assert(
        fc.property(standing, (s) => {
          expect(canReadMembershipHistory(s)).toBe(canReadTeamContent(s));
        }),
      );
      expect(canReadMembershipHistory({ orgRole: 'admin', teamRole: null })).toBe(false);
    });
  });
});
