import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canCurateLibrary, canReadProposal, canUseLibrary } from './library-policy';

const role = fc.constantFrom('member' as const, 'facilitator' as const, 'admin' as const, null);

describe('the library policy', () => {
  it('opens the library to members only, and its curation to facilitators and admins', () => {
    expect([null, 'member', 'facilitator', 'admin'].map((r) => canUseLibrary(r as never))).toEqual([
      false,
      true,
      true,
      true,
    ]);
    expect(
      [null, 'member', 'facilitator', 'admin'].map((r) => canCurateLibrary(r as never)),
    ).toEqual([false, false, true, true]);
  });

  it('never grants anything outside the organization; curating implies using', () => {
    fc.assert(
      fc.property(role, fc.boolean(), (r, isProposer) => {
        if (r === null) {
          expect(canUseLibrary(r) || canCurateLibrary(r) || canReadProposal(r, isProposer)).toBe(
            false,
          );
        }
        if (canCurateLibrary(r)) expect(canUseLibrary(r)).toBe(true);
      }),
    );
  });

  it('shows a proposal to its proposer and to curators only', () => {
    fc.assert(
      fc.property(role, fc.boolean(), (r, isProposer) => {
        expect(canReadProposal(r, isProposer)).toBe(
          r !== null && (isProposer || r === 'facilitator' || r === 'admin'),
        );
      }),
    );
  });
});
