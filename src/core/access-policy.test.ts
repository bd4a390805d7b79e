import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accessTo,
  canChange,
  canRead,
  type ItemFacts,
  type ShareTarget,
  type Viewer,
} from './access-policy';

const id = fc.constantFrom('a', 'b', 'c', 'd');
const teamRole = fc.constantFrom('member' as const, 'leader' as const);
const orgRole = fc.constantFrom('member' as const, 'facilitator' as const, 'admin' as const);
const viewer: fc.Arbitrary<Viewer> = fc.record({
  userId: id.map((x) => `user-${x}`),
  teams: fc.array(fc.record({ teamId: id.map((x) => `team-${x}`), role: teamRole }), {
    maxLength: 3,
  }),
  orgs: fc.array(fc.record({ orgId: id.map((x) => `org-${x}`), role: orgRole }), { maxLength: 2 }),
});
const target: fc.Arbitrary<ShareTarget> = fc.oneof(
  id.map((x) => ({ userId: `user-${x}` })),
  id.map((x) => ({ teamId: `team-${x}` })),
  id.map((x) => ({ orgId: `org-${x}` })),
);
const item: fc.Arbitrary<ItemFacts> = fc.record({
  ownerId: id.map((x) => `user-${x}`),
  shares: fc.array(target, { maxLength: 4 }),
});

describe('access policy', () => {
  it('lets the author do everything, always', () => {
    fc.assert(
      fc.property(viewer, item, (v, i) => {
        expect(accessTo(v, { ...i, ownerId: v.userId })).toBe('owner');
      }),
    );
  });

  it('keeps an unshared item private from everyone else, whatever their roles', () => {
    fc.assert(
      fc.property(viewer, item, (v, i) => {
        fc.pre(v.userId !== i.ownerId);
        expect(canRead(v, { ...i, shares: [] })).toBe(false);
      }),
    );
  });

  it('never lets a role grant anything: promoting to leader, facilitator or admin changes nothing', () => {
    fc.assert(
      fc.property(viewer, item, (v, i) => {
        const promoted: Viewer = {
          ...v,
          teams: v.teams.map((t) => ({ ...t, role: 'leader' })),
          orgs: v.orgs.map((o) => ({ ...o, role: 'admin' })),
        };
        expect(accessTo(promoted, i)).toBe(accessTo(v, i));
      }),
    );
  });

  it('revokes at once when the viewer leaves the team or organization the share went through', () => {
    fc.assert(
      fc.property(viewer, item, (v, i) => {
        fc.pre(
          v.userId !== i.ownerId && !i.shares.some((s) => 'userId' in s && s.userId === v.userId),
        );
        expect(canRead({ ...v, teams: [], orgs: [] }, i)).toBe(false);
      }),
    );
  });

  it('reads exactly through a share that reaches the viewer, and never changes what is not theirs', () => {
    fc.assert(
      fc.property(viewer, item, (v, i) => {
        fc.pre(v.userId !== i.ownerId);
        const reached = i.shares.some(
          (s) =>
            ('userId' in s && s.userId === v.userId) ||
            ('teamId' in s && v.teams.some((t) => t.teamId === s.teamId)) ||
            ('orgId' in s && v.orgs.some((o) => o.orgId === s.orgId)),
        );
        expect(accessTo(v, i)).toBe(reached ? 'shared' : 'none');
        expect(canChange(v, i)).toBe(false);
      }),
    );
  });

  it('gives nobody signed out anything', () => {
    fc.assert(
      fc.property(item, (i) => {
        expect(accessTo(null, i)).toBe('none');
      }),
    );
  });
});
