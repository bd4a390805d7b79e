import type { Role } from './access-policy';

/**
 * Who may do what in an organization's practice library. The library is the organization's
 * shared, non-personal text: its members read it and propose changes; facilitators and admins
 * curate it. Nobody outside the organization sees it, whatever their role elsewhere.
 */

/** Reading the library, choosing from it, proposing an addition or improvement: any member. */
export function canUseLibrary(role: Role | null): boolean {
  return role !== null;
}

/** Writing, retiring and restoring entries, and answering proposals: facilitators and admins. */
export function canCurateLibrary(role: Role | null): boolean {
  return role === 'facilitator' || role === 'admin';
}

/** Reading a proposal: the person who made it, while in the organization, and the curators. */
export function canReadProposal(role: Role | null, isProposer: boolean): boolean {
  return canCurateLibrary(role) || (canUseLibrary(role) && isProposer);
}
