import type { Schedule } from '../../../contracts/practices';
import type { Db } from '../../db/database';
import { badRequest, forbidden } from '../../errors';
import { recordLibraryChoice } from '../library/record-choice';
import { createPractice } from '../practices/commands';
import { findItem, requireVisibleProgram } from './queries';

/** Cuts a text to at most `max` characters, at a word where it can. */
function clip(text: string, max: number) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Makes a curriculum practice one of the caller's own practices: a new private practice owned
 * by them, made by the practices module. Only people holding a seat adopt; nothing about the
 * practice or its check-ins ever reaches the program or its facilitators.
 */
export async function adoptPractice(
  db: Db,
  programId: string,
  userId: string,
  itemId: string,
  schedule: Schedule,
) {
  const { row: program } = await requireVisibleProgram(db, programId, userId);
  const seat = await db
    .selectFrom('programEnrollments')
    .select('id')
    .where('programId', '=', programId)
    .where('userId', '=', userId)
    .where('status', '=', 'enrolled')
    .executeTakeFirst();
  if (!seat) throw forbidden('not_enrolled', 'Enroll in the program to adopt its practices.');
  const item = await findItem(db, programId, itemId);
  if (item.kind !== 'practice') {
    throw badRequest('not_a_practice', 'Only a practice can be adopted.', [
      { path: ['itemId'], message: 'Choose a practice of the curriculum.' },
    ]);
  }
  const { libraryEntryId } = item;
  return db.transaction().execute(async (trx) => {
    const practice = await createPractice(trx, userId, {
      name: clip(item.title, 80),
      description: clip(item.body, 500),
      schedule,
    });
    // A curriculum item picked from the library counts as a choice of that entry (a count only).
    if (libraryEntryId !== null) {
      await recordLibraryChoice(trx, { orgId: program.orgId, entryId: libraryEntryId });
    }
    return practice.id;
  });
}
