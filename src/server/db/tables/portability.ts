import type { Generated } from 'kysely';

/** Imports of a person's data and the items each import made. */

export type ImportStatusValue = 'queued' | 'running' | 'done' | 'failed';

export interface ImportsTable {
  id: string;
  userId: string;
  /** praxis, dayone, loop, goodreads or markdown. */
  format: string;
  fileName: string;
  status: ImportStatusValue;
  /** 0..1. */
  progress: number;
  created: number;
  skipped: number;
  /** JSON array of `{ item, reason }`, at most the first 200. */
  rejected: string;
  rejectedCount: number;
  /** Why the whole import failed (nothing of it was kept); null otherwise. */
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
  /** How many times its job has begun (the last retry's failure ends it as failed). */
  attempts: Generated<number>;
  /** When its job last began; null before the first. */
  attemptedAt: string | null;
}

/** What an import made, by where it came from: `source` is the format, `key` the item there. */
export interface ImportedItemsTable {
  userId: string;
  source: string;
  key: string;
  itemType: string;
  itemId: string;
  importId: string;
}

/** A piece (1 MB) of an import's file, kept until the import ends. */
export interface ImportUploadsTable {
  importId: string;
  seq: number;
  bytes: Uint8Array;
}

export interface PortabilityTables {
  imports: ImportsTable;
  importedItems: ImportedItemsTable;
  importUploads: ImportUploadsTable;
}
