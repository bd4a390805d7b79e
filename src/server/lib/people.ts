import type { Person } from '../../contracts/common';

/** People's names by id, as a read found them. */
export type Names = Map<string, string>;

/** A person by id with their name, or null when there is no id or no such person any more. */
export const personOf = (names: Names, id: string | null): Person | null =>
  id !== null && names.has(id) ? { id, name: names.get(id) as string } : null;

/** One of the two people of a pair space: always there, unnamed when their name was not found. */
export const partyOf = (names: Names, id: string): Person =>
  personOf(names, id) ?? { id, name: '' };

/**
 * What both pair spaces (delegation agreements, 1:1 spaces) answer first: the space's id, its
 * organization, its two people by their role in it, and when it was made and last changed.
 * Example: `presentPairHead(row, parts, { owner: row.ownerId, colleague: row.colleagueId })`.
 */
export function presentPairHead<Role extends string>(
  row: { id: string; createdAt: string; updatedAt: string },
  { org, names }: { org: { id: string; name: string }; names: Names },
  parties: Record<Role, string>,
) {
  const people = Object.entries<string>(parties).map(([role, id]) => [role, partyOf(names, id)]);
  return {
    id: row.id,
    org,
    ...(Object.fromEntries(people) as Record<Role, Person>),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
