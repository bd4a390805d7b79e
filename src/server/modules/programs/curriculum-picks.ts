import type { Db } from '../../db/database';
import { recordLibraryChoice } from '../library/record-choice';

/**
 * Counts each library entry a curriculum newly picked (put into a week) as one choice of it, in
 * the caller's transaction: a count only, as the library keeps it. An id the organization's
 * library does not hold stays on the item as where its text came from, but is not counted;
 * `null` (written, not picked) is passed over.
 */
export async function countCurriculumPicks(
  trx: Db,
  orgId: string,
  entryIds: readonly (string | null)[],
): Promise<void> {
  for (const entryId of entryIds) {
    if (entryId !== null) await recordLibraryChoice(trx, { orgId, entryId });
  }
}
