import type { Person } from '../../contracts/common';

/** People's names by id, as a read found them. */
export type Names = Map<string, string>;

/** A person by id with their name, or null when there is no id or no such person any more. */
export const personOf = (names: Names, id: string | null): Person | null =>
  id !== null && names.has(id) ? { id, name: names.get(id) as string } : null;

/** One of the two people of a pair space: always there, unnamed when their name was not found. */
export const partyOf = (names: Names, id: string): Person =>
  personOf(names, id) ?? { id, name: '' };
