import type { MeetingBody } from '../../../contracts/one-on-ones';
import type { Db } from '../../db/database';
import { notFound } from '../../errors';
import { changeSpace } from './commands';
import { findMeeting, namesOf } from './queries';

/**
 * Sets (or replaces) the space's meeting; either of the two may, while the space is open. The
 * other person's open page reads it again through the pair-space event of the route.
 */
export function setMeeting(db: Db, userId: string, spaceId: string, body: MeetingBody) {
  return changeSpace(db, userId, spaceId, async ({ trx, space, now }) => {
    const values = {
      date: body.date,
      time: body.time,
      timeZone: body.timeZone,
      durationMinutes: body.durationMinutes ?? 30,
      place: body.place ?? '',
      repeatWeeks: body.repeatWeeks ?? null,
      updatedBy: userId,
      updatedAt: now,
    };
    await trx
      .insertInto('oneOnOneMeetings')
      .values({ spaceId, createdAt: now, ...values })
      .onConflict((oc) => oc.column('spaceId').doUpdateSet(values))
      .execute();
    return { item: (await findMeeting(trx, spaceId))!, names: await namesOf(trx, space) };
  });
}

/** Takes the space's meeting away; 404 when none is set. */
export function clearMeeting(db: Db, userId: string, spaceId: string) {
  return changeSpace(db, userId, spaceId, async ({ trx }) => {
    const removed = await trx
      .deleteFrom('oneOnOneMeetings')
      .where('spaceId', '=', spaceId)
      .executeTakeFirst();
    if (Number(removed.numDeletedRows) === 0) throw notFound('No meeting is set.');
  });
}
