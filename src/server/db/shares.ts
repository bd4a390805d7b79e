import type { ItemType } from '../../contracts/sharing';
import type { Db } from './database';
import { removeInboxItems } from './inbox';

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
    const ended = await trx
      .deleteFrom('shares')
      .where('itemType', '=', itemType)
      .where('itemId', '=', itemId)
      .returning('id')
      .execute();
    await removeInboxItems(trx, { type: 'share', ids: ended.map((share) => share.id) });
    await deleteItem(trx);
  });
}

/**
 * Ends, inside the caller's transaction, what an author shared with places they no longer
 * belong to: their shares whose target is one of `teamIds`, or the organization `orgId` when
 * they leave it. Shares with a named person stay: those are between two people, not with a
 * place. Returns how many shares ended.
 */
export async function endSharesWithPlaces(
  trx: Db,
  ownerId: string,
  places: { teamIds: readonly string[]; orgId?: string },
): Promise<number> {
  const { teamIds, orgId } = places;
  if (teamIds.length === 0 && orgId === undefined) return 0;
  const result = await trx
    .deleteFrom('shares')
    .where('ownerId', '=', ownerId)
    .where((eb) =>
      eb.or([
        ...(teamIds.length > 0
          ? [eb.and([eb('targetType', '=', 'team'), eb('targetId', 'in', [...teamIds])])]
          : []),
        ...(orgId !== undefined
          ? [eb.and([eb('targetType', '=', 'org'), eb('targetId', '=', orgId)])]
          : []),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
