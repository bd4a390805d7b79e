import type { Purpose } from '../../../contracts/vision';
import type { Db } from '../../db/database';

/** How many earlier versions of the purpose are returned. */
const REVISIONS_SHOWN = 100;

/** A person's purpose: the newest version is in force, with the versions before it. */
export async function loadPurpose(db: Db, userId: string): Promise<Purpose> {
  const revisions = await db
    .selectFrom('purposeRevisions')
    .select(['id', 'text', 'at'])
    .where('userId', '=', userId)
    .orderBy('id', 'desc')
    .limit(REVISIONS_SHOWN)
    .execute();
  const current = revisions[0];
  return { text: current?.text ?? null, updatedAt: current?.at ?? null, revisions };
}
