import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { findEntry } from './queries';

/**
 * Counts one choice of a library entry in an organization: a person adopted its practice, or
 * reflected on its prompt through the library, or (programs) put it into a curriculum or adopted
 * a program's practice. Only the count grows; nothing records who chose, or when. Call it inside
 * the transaction of the choice itself. An id the organization's library does not hold (never
 * there, or a made-up one) is not counted; resolves to whether it was.
 */
export async function recordLibraryChoice(
  trx: Db,
  { orgId, entryId }: { orgId: string; entryId: string },
): Promise<boolean> {
  if (!(await findEntry(trx, orgId, entryId))) return false;
  await trx
    .insertInto('libraryChoices')
    .values({ orgId, entryId, count: 1 })
    .onConflict((oc) =>
      oc
        .columns(['orgId', 'entryId'])
        .doUpdateSet({ count: sql<number>`library_choices.count + 1` }),
    )
    .execute();
  return true;
}
