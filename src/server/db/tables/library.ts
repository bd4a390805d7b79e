/**
 * The practice library: an organization's entries (its own, and its versions of built-in ones),
 * every version, members' proposals, and a count per entry of how often it was chosen.
 */

export type LibraryKindColumn = 'prompt' | 'practice';

/** An entry at its current version. `id` is a ULID, or the built-in id it changes. */
export interface LibraryEntriesTable {
  orgId: string;
  id: string;
  kind: LibraryKindColumn;
  title: string;
  body: string;
  theme: string | null;
  /** JSON of a suggested schedule (practices), or null. */
  schedule: string | null;
  version: number;
  retiredAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Every version of every entry, kept: who changed it, when, and what it said then. */
export interface LibraryVersionsTable {
  id: string;
  orgId: string;
  entryId: string;
  version: number;
  change: 'created' | 'edited' | 'retired' | 'restored';
  title: string;
  body: string;
  theme: string | null;
  schedule: string | null;
  changedBy: string | null;
  proposedBy: string | null;
  changedAt: string;
}

/** A member's proposed addition (no entry id) or improvement of an entry. */
export interface LibraryProposalsTable {
  id: string;
  orgId: string;
  entryId: string | null;
  entryTitle: string | null;
  kind: LibraryKindColumn;
  title: string;
  body: string;
  theme: string | null;
  schedule: string | null;
  note: string;
  proposedBy: string;
  status: 'open' | 'accepted' | 'declined';
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  createdAt: string;
  /** The entry's version an improvement was proposed against (migration 0023); null otherwise. */
  baseVersion: number | null;
}

/** How many times an entry was chosen in an organization: a count, never who. */
export interface LibraryChoicesTable {
  orgId: string;
  entryId: string;
  count: number;
}

export interface LibraryTables {
  libraryEntries: LibraryEntriesTable;
  libraryVersions: LibraryVersionsTable;
  libraryProposals: LibraryProposalsTable;
  libraryChoices: LibraryChoicesTable;
}
