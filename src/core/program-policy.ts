import type { Role } from './access-policy';

/**
 * Who may do what with an organization's programs, from a person's role in the program's
 * organization now (null when they are not in it). Programs hold no personal content: a roster
 * names the people who chose to enroll, nothing more, and no rule here reaches anyone's
 * reflections, practices or check-ins.
 */

/** Seeing the organization's programs, their sessions and curriculum: anyone in it. */
export function canSeePrograms(role: Role | null): boolean {
  return role !== null;
}

/** Creating and changing programs, their sessions and curriculum: facilitators and admins. */
export function canManagePrograms(role: Role | null): boolean {
  return role === 'admin' || role === 'facilitator';
}

/** Reading who enrolled and who waits, by name: those who manage programs. */
export function canReadRoster(role: Role | null): boolean {
  return canManagePrograms(role);
}

/**
 * Enrolling oneself (or joining the waitlist): anyone in the organization, while the program is
 * open. Nobody enrolls anyone else; no role changes that.
 */
export function canEnrollMyself(role: Role | null, programStatus: 'open' | 'closed'): boolean {
  return role !== null && programStatus === 'open';
}
