import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Role } from './access-policy';
import {
  canEnrollMyself,
  canManagePrograms,
  canReadRoster,
  canSeePrograms,
} from './program-policy';

const role = fc.constantFrom<Role | null>(null, 'member', 'facilitator', 'admin');

describe('program policy', () => {
  it('gives nothing to someone outside the organization, and running programs only to facilitators and admins', () => {
    fc.assert(
      fc.property(role, fc.constantFrom('open' as const, 'closed' as const), (r, status) => {
        if (r === null) {
          expect([canSeePrograms(r), canManagePrograms(r), canReadRoster(r)]).toEqual([
            false,
            false,
            false,
          ]);
          expect(canEnrollMyself(r, status)).toBe(false);
        }
        expect(canManagePrograms(r)).toBe(r === 'admin' || r === 'facilitator');
        // Who may read a roster may also see the program; enrolling needs an open program.
        if (canReadRoster(r)) expect(canSeePrograms(r)).toBe(true);
        if (status === 'closed') expect(canEnrollMyself(r, status)).toBe(false);
        else expect(canEnrollMyself(r, status)).toBe(r !== null);
      }),
    );
  });
});
