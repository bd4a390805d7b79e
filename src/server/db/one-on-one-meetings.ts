import type { ExpressionBuilder } from 'kysely';
import type { Db } from './database';
import type { DB } from './schema';

/**
 * What the 1:1 spaces' meetings share with the calendar feed (a module of its own, which may
 * not read the 1:1 module): who of a space is in its organization, and my meetings.
 */

/** Whether a space's person is a member of its organization now. */
export const inOrg = (eb: ExpressionBuilder<DB, 'oneOnOnes'>, person: 'ownerId' | 'colleagueId') =>
  eb.exists(
    eb
      .selectFrom('orgMembers')
      .select('orgMembers.userId')
      .whereRef('orgMembers.orgId', '=', 'oneOnOnes.orgId')
      .whereRef('orgMembers.userId', '=', `oneOnOnes.${person}`),
  );

/**
 * The meetings of the open 1:1 spaces I am one of the two people in, while we are both in the
 * space's organization (for my calendar feed), with the other person's name.
 */
export function myMeetings(db: Db, userId: string) {
  return db
    .selectFrom('oneOnOnes')
    .innerJoin('oneOnOneMeetings as m', 'm.spaceId', 'oneOnOnes.id')
    .innerJoin('users as other', (join) =>
      join.on((eb) =>
        eb.or([
          eb.and([
            eb('oneOnOnes.ownerId', '=', userId),
            eb('other.id', '=', eb.ref('oneOnOnes.colleagueId')),
          ]),
          eb.and([
            eb('oneOnOnes.colleagueId', '=', userId),
            eb('other.id', '=', eb.ref('oneOnOnes.ownerId')),
          ]),
        ]),
      ),
    )
    .select([
      'oneOnOnes.id as spaceId',
      'other.name as otherName',
      'm.date',
      'm.time',
      'm.timeZone',
      'm.durationMinutes',
      'm.repeatWeeks',
    ])
    .where('oneOnOnes.endedAt', 'is', null)
    .where((eb) => eb.and([inOrg(eb, 'ownerId'), inOrg(eb, 'colleagueId')]))
    .orderBy('oneOnOnes.id')
    .execute();
}
