import type { ItemType } from '../../contracts/sharing';
import type { Db } from './database';

/**
 * Deletes a shareable item together with its shares, in one transaction, so no share outlives
 * what it shared. `deleteItem` removes the item itself (and anything of its own the foreign keys
 * do not cascade to) inside that transaction.
 */
export async function deleteWithShares(
  db: Db,
  itemType: ItemType,
  itemId: string,
  deleteItem: (trx: Db) => Promise<unknown>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('shares')
      .where('itemType', '=', itemType)
      .where('itemId', '=', itemId)
      .execute();
    await deleteItem(trx);
  });
}
