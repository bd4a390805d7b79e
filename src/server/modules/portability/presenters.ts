import type { ImportSummary, RejectedItem } from '../../../contracts/portability';
import type { Selectable } from 'kysely';
import type { ImportsTable } from '../../db/schema';

/** An import as its owner sees it; `live` is the progress of a running one, when known here. */
export function presentImport(row: Selectable<ImportsTable>, live?: number): ImportSummary {
  return {
    id: row.id,
    format: row.format as ImportSummary['format'],
    fileName: row.fileName,
    status: row.status,
    progress: row.status === 'running' && live !== undefined ? live : row.progress,
    created: row.created,
    skipped: row.skipped,
    rejected: JSON.parse(row.rejected) as RejectedItem[],
    rejectedCount: row.rejectedCount,
    error: row.error,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  };
}
