import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar';
import {
  agreedByReveal,
  agreementAccess,
  type AgreementFacts,
  canChangeNote,
  canConfirmProposal,
  canStartPair,
  DELEGATION_LEVELS,
  isDelegationLevel,
  levelName,
  mayChoose,
  mayReveal,
  oneOnOneAccess,
  type OneOnOneFacts,
  pokerView,
  type PokerRound,
  transitionProblem,
} from './pair-policy';

const user = fc.constantFrom('a', 'b', 'c', 'd').map((x) => `user-${x}`);
const orgId = fc.constantFrom('org-1', 'org-2');
const orgIds = fc.subarray(['org-1', 'org-2']);
const pair = fc.uniqueArray(user, { minLength: 2, maxLength: 2 }) as fc.Arbitrary<[string, string]>;
const agreement: fc.Arbitrary<AgreementFacts> = pair.chain(([leaderId, memberId]) =>
  fc.record({
    leaderId: fc.constant(leaderId),
    memberId: fc.constant(memberId),
    archived: fc.boolean(),
    partiesInOrg: fc.subarray([leaderId, memberId]),
  }),
);
const space: fc.Arbitrary<OneOnOneFacts> = pair.chain(([ownerId, colleagueId]) =>
  fc.record({
    ownerId: fc.constant(ownerId),
    colleagueId: fc.constant(colleagueId),
    ended: fc.boolean(),
    partiesInOrg: fc.subarray([ownerId, colleagueId]),
  }),
);
const choice = fc.option(fc.integer({ min: 1, max: 7 }), { nil: null });
const round: fc.Arbitrary<PokerRound> = fc.record({ leaderChoice: choice, memberChoice: choice });
const date = fc
  .integer({ min: 0, max: 40_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

describe('delegation levels', () => {
  it('are the seven named levels, 1 = tell … 7 = delegate, and nothing else', () => {
    expect(DELEGATION_LEVELS.map((_, i) => levelName(i + 1)).join(' ')).toBe(
      'tell sell consult agree advise inquire delegate',
    );
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null)), (x) => {
        expect(isDelegationLevel(x)).toBe(
          typeof x === 'number' && Number.isInteger(x) && x >= 1 && x <= 7,
        );
      }),
    );
    expect(() => levelName(0)).toThrow(RangeError);
    expect(() => levelName(8)).toThrow(RangeError);
  });
});

describe('starting a pair space', () => {
  it('needs two different people who are both in the organization now', () => {
    fc.assert(
      fc.property(user, orgIds, user, orgIds, orgId, (me, mine, other, theirs, org) => {
        const expected = me !== other && mine.includes(org) && theirs.includes(org);
        const starter = { userId: me, orgIds: mine };
        expect(canStartPair(starter, { userId: other, orgIds: theirs }, org)).toBe(expected);
        expect(canStartPair(null, { userId: other, orgIds: theirs }, org)).toBe(false);
      }),
    );
  });
});

describe('delegation agreements', () => {
  it('are seen by their two parties only', () => {
    fc.assert(
      fc.property(user, agreement, (v, a) => {
        const access = agreementAccess(v, a);
        const party = v === a.leaderId || v === a.memberId;
        expect(access !== null).toBe(party);
        if (access) expect(access.role).toBe(v === a.leaderId ? 'leader' : 'member');
        expect(agreementAccess(null, a)).toBeNull();
      }),
    );
  });

  it('can be changed while open and both parties are still in the organization, archived while open', () => {
    fc.assert(
      fc.property(user, agreement, (v, a) => {
        const access = agreementAccess(v, a);
        fc.pre(access !== null);
        const together = a.partiesInOrg.length === 2;
        expect(access?.canAct).toBe(!a.archived && together);
        expect(access?.canArchive).toBe(!a.archived);
      }),
    );
  });

  it('hides the other party’s poker choice until both have chosen, then shows both together', () => {
    fc.assert(
      fc.property(round, fc.constantFrom('leader' as const, 'member' as const), (r, role) => {
        const view = pokerView(r, role);
        const mine = role === 'leader' ? r.leaderChoice : r.memberChoice;
        const theirs = role === 'leader' ? r.memberChoice : r.leaderChoice;
        expect(view.myChoice).toBe(mine);
        expect(view.otherHasChosen).toBe(theirs !== null);
        if (mine === null || theirs === null) {
          expect(view.revealed).toBeNull();
          expect(mayReveal(r)).toBe(false);
          expect(mayChoose(r)).toBe(true);
          // Whatever the other chose, the view is the same: it carries nothing of their level.
          const other = { ...r, [role === 'leader' ? 'memberChoice' : 'leaderChoice']: 1 };
          const another = { ...r, [role === 'leader' ? 'memberChoice' : 'leaderChoice']: 7 };
          if (theirs !== null) expect(pokerView(other, role)).toEqual(pokerView(another, role));
        } else {
          expect(view.revealed).toEqual({ leader: r.leaderChoice, member: r.memberChoice });
          expect(mayReveal(r)).toBe(true);
          expect(mayChoose(r)).toBe(false);
          // Both parties see the same reveal.
          expect(pokerView(r, 'leader').revealed).toEqual(pokerView(r, 'member').revealed);
        }
      }),
    );
  });

  it('agrees a level by the reveal alone when both chose the same one', () => {
    fc.assert(
      fc.property(round, (r) => {
        const agreed = agreedByReveal(r);
        if (mayReveal(r) && r.leaderChoice === r.memberChoice) expect(agreed).toBe(r.leaderChoice);
        else expect(agreed).toBeNull();
      }),
    );
  });

  it('lets only the other party confirm a proposed level', () => {
    fc.assert(
      fc.property(user, user, (me, proposer) => {
        expect(canConfirmProposal(me, { proposedBy: proposer })).toBe(me !== proposer);
      }),
    );
  });

  it('accepts a planned transition only from an agreed level to another level, on a later date', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 1, max: 7 }), { nil: null }),
        fc.integer({ min: -2, max: 10 }),
        date,
        fc.integer({ min: -400, max: 400 }),
        (currentLevel, toLevel, today, offset) => {
          const dueOn = addDays(today, offset);
          const problem = transitionProblem({ currentLevel, toLevel, dueOn, today });
          const valid =
            currentLevel !== null &&
            toLevel >= 1 &&
            toLevel <= 7 &&
            toLevel !== currentLevel &&
            offset > 0;
          expect(problem === null).toBe(valid);
          if (currentLevel === null) expect(problem).toBe('no_agreed_level');
        },
      ),
    );
    expect(
      transitionProblem({ currentLevel: 4, toLevel: 5, dueOn: '2027-02-30', today: '2026-01-01' }),
    ).toBe('not_ahead');
    expect(
      transitionProblem({ currentLevel: 4, toLevel: 5, dueOn: '2027-03-01', today: '2026-01-01' }),
    ).toBeNull();
  });
});

describe('1:1 spaces', () => {
  it('are seen by their owner and colleague only', () => {
    fc.assert(
      fc.property(user, space, (v, s) => {
        const access = oneOnOneAccess(v, s);
        if (v !== s.ownerId && v !== s.colleagueId) expect(access).toBeNull();
        expect(oneOnOneAccess(null, s)).toBeNull();
      }),
    );
  });

  it('stay readable by the owner for good; writable while open and both are in the organization', () => {
    fc.assert(
      fc.property(space, (s) => {
        const owner = oneOnOneAccess(s.ownerId, s);
        const open = !s.ended && s.partiesInOrg.length === 2;
        expect(owner).toEqual({ role: 'owner', canWrite: open, canEnd: !s.ended });
      }),
    );
  });

  it('take the colleague’s access away at once when the space ends or the pair leaves the organization', () => {
    fc.assert(
      fc.property(space, (s) => {
        const colleague = oneOnOneAccess(s.colleagueId, s);
        const open = !s.ended && s.partiesInOrg.length === 2;
        expect(colleague).toEqual(
          open ? { role: 'colleague', canWrite: true, canEnd: false } : null,
        );
        expect(oneOnOneAccess(s.colleagueId, { ...s, ended: true })).toBeNull();
      }),
    );
  });

  it('lets a note be changed only by its author, while they may write', () => {
    fc.assert(
      fc.property(user, space, fc.option(user, { nil: null }), (v, s, authorId) => {
        const access = oneOnOneAccess(v, s);
        expect(canChangeNote(v, access, { authorId })).toBe(
          access !== null && access.canWrite && authorId === v,
        );
      }),
    );
  });
});
