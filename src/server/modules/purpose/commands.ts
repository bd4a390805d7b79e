import type { Db } from '../../db/database';
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';
import { loadPurpose } from './queries';

/** Writes a new version of the purpose, unless it says what the one in force says. */
export async function writePurpose(db: Db, userId: string, text: string) {
  const current = await loadPurpose(db, userId);
  if (current.text === text) return;
  await db
    .insertInto('purposeRevisions')
    .values({ id: newId(), userId, text, at: nowIso() })
    .execute();
}
