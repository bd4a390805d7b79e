import type { Db } from '../../db/database';
import { publishAfterCommit } from '../../db/live-events';
import { notFound } from '../../errors';
import { nowIso } from '../../lib/time';
import { findMyItem } from './queries';

/**
 * Marks one of my items read (once; again changes nothing). Anyone else's item, or one whose
 * subject I may no longer read, is 404. My other open pages hear of it live.
 */
export async function markInboxItemRead(db: Db, personId: string, id: string): Promise<void> {
  const item = await findMyItem(db, personId, id);
  if (!item) throw notFound('No such inbox item.');
  if (item.readAt !== null) return;
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('inboxItems')
      .set({ readAt: nowIso() })
      .where('id', '=', id)
      .where('personId', '=', personId)
      .where('readAt', 'is', null)
      .execute();
    await publishAfterCommit(trx, { to: [personId], event: { type: 'inbox', id } });
  });
}

/** Marks every item of mine read; returns how many were unread. */
export async function markAllInboxItemsRead(db: Db, personId: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('inboxItems')
      .set({ readAt: nowIso() })
      .where('personId', '=', personId)
      .where('readAt', 'is', null)
      .executeTakeFirst();
    await publishAfterCommit(trx, { to: [personId], event: { type: 'inbox', id: personId } });
    return Number(result.numUpdatedRows);
  });
}
