import type { RejectedItem } from '../../../../contracts/portability';
import type { ArchiveSectionName } from '../../../../contracts/portability-archive';

/**
 * What an importer reads from a file: an item in the shape of a Praxis archive section (checked
 * and written by the import job), keyed by what identifies it in its source so that a second run
 * skips it, or an item it could not read, with the reason.
 */
export type SourceItem =
  | { section: ArchiveSectionName; key: string; label: string; record: unknown }
  | { rejected: RejectedItem };

/** What an importer knows besides the file: the person's time zone, for dates without one. */
export type ImportContext = { timeZone: string; fileName: string };

/** Reads one format from a file on disk, streamed. */
export type Importer = (path: string, context: ImportContext) => AsyncIterable<SourceItem>;
