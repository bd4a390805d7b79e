import { z } from 'zod';
import { Timestamp } from './common';

/**
 * json is the full archive an import reads back; markdown and csv are zips for reading and
 * spreadsheets; pdf is the "year in practice" report.
 */
export const EXPORT_FORMATS = ['json', 'markdown', 'csv', 'pdf'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;
export const ExportQuery = z.object({ format: ExportFormat.default('json') });

export const IMPORT_FORMATS = ['praxis', 'dayone', 'loop', 'goodreads', 'markdown'] as const;
export const ImportFormat = z.enum(IMPORT_FORMATS);
export type ImportFormat = z.infer<typeof ImportFormat>;
/** The formats this server imports. */
export const READY_IMPORT_FORMATS = [
  'praxis',
  'dayone',
  'loop',
  'goodreads',
  'markdown',
] as const satisfies ImportFormat[];

/** The largest file an import takes (it is streamed to disk, never held in memory). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export const ImportCreated = z.object({ id: z.string() });

export const ImportStatus = z.enum(['queued', 'running', 'done', 'failed']);
export type ImportStatus = z.infer<typeof ImportStatus>;

/** An item an import left out, and why. */
export const RejectedItem = z.object({ item: z.string(), reason: z.string() });
export type RejectedItem = z.infer<typeof RejectedItem>;

export const ImportSummary = z
  .object({
    id: z.string(),
    format: ImportFormat,
    fileName: z.string(),
    status: ImportStatus,
    progress: z.number().min(0).max(1).describe('0..1'),
    created: z.number().int(),
    skipped: z.number().int().describe('Already there: imported before, left as it is'),
    rejected: z.array(RejectedItem).describe('The first 200 items left out, with the reason'),
    rejectedCount: z.number().int(),
    error: z.string().nullable().describe('Why the whole import failed; nothing of it was kept'),
    createdAt: Timestamp,
    finishedAt: Timestamp.nullable(),
  })
  .meta({ id: 'ImportSummary' });
export type ImportSummary = z.infer<typeof ImportSummary>;
