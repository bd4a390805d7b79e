import type { ExpressionBuilder } from 'kysely';
import type { Db } from './database';
import type { DB } from './schema';

/**
 * What the 1:1 spaces' meetings share with the modules that may not read the 1:1 module (the
 * calendar feed, the data export): who of a space is in its organization, which spaces I see,
 * and my meetings.
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

/** Whether a space is open and both its people are still in its organization. */
const openToBoth = (eb: ExpressionBuilder<DB, 'oneOnOnes'>) =>
  eb.and([eb('oneOnOnes.endedAt', 'is', null), inOrg(eb, 'ownerId'), inOrg(eb, 'colleagueId')]);

/**
 * The spaces I see (what `oneOnOneAccess` in core/pair-policy.ts grants, asked of the database):
 * those I own, ended ones too, and those I am the colleague in while they are open to both.
 */
export const seenBy = (eb: ExpressionBuilder<DB, 'oneOnOnes'>, userId: string) =>
  eb.or([
    eb('oneOnOnes.ownerId', '=', userId),
    eb.and([eb('oneOnOnes.colleagueId', '=', userId), openToBoth(eb)]),
  ]);

/** Spaces with their meeting and the other of their two people (as `other`), for me. */
function meetingsWithOther(db: Db, userId: string) {
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
    );
}

/**
 * The meetings of the open 1:1 spaces I am one of the two people in, while we are both in the
 * space's organization (for my calendar feed), with the other person's name.
 */
export function myMeetings(db: Db, userId: string) {
  return meetingsWithOther(db, userId)
    .select([
      'oneOnOnes.id as spaceId',
      'other.name as otherName',
      'm.date',
      'm.time',
      'm.timeZone',
      'm.durationMinutes',
      'm.repeatWeeks',
    ])
    .where(openToBoth)
    .orderBy('oneOnOnes.id')
    .execute();
}

/**
 * The meetings of every 1:1 space I see (ended ones I own too), as my data export writes them:
 * the space's title, the other person's name and who last set the meeting, by name. A query to
 * read from, one row per space (`spaceId`), unordered.
 */
export function meetingsSeenBy(db: Db, userId: string) {
  return meetingsWithOther(db, userId)
    .leftJoin('users as setter', 'setter.id', 'm.updatedBy')
    .select([
      'oneOnOnes.id as spaceId',
      'oneOnOnes.title as spaceTitle',
      'other.name as otherPerson',
      'm.date',
      'm.time',
      'm.timeZone',
      'm.durationMinutes',
      'm.place',
      'm.repeatWeeks',
      'setter.name as setBy',
      'm.createdAt',
      'm.updatedAt',
    ])
    .where((eb) => seenBy(eb, userId));
}
