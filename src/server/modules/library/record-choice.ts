import { sql } from 'kysely';
import type { Db } from '../../db/database';

/**
 * Counts one choice of a library entry in an organization: a person adopted its practice, or
 * reflected on its prompt through the library, or (programs) adopted a program's practice. Only
 * the count grows; nothing records who chose, or when. Call it inside the transaction of the
 * choice itself, with an entry id the organization's library holds (built-in or its own).
 */
export async function recordLibraryChoice(
  trx: Db,
  { orgId, entryId }: { orgId: string; entryId: string },
): Promise<void> {
  await trx
    .insertInto('libraryChoices')
    .values({ orgId, entryId, count: 1 })
    .onConflict((oc) =>
      oc
        .columns(['orgId', 'entryId'])
        .doUpdateSet({ count: sql<number>`library_choices.count + 1` }),
    )
    .execute();
}
