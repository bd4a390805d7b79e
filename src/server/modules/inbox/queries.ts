import { type ExpressionBuilder, sql } from 'kysely';
import type { InboxQuery } from '../../../contracts/inbox';
import type { Db } from '../../db/database';
import { pageById } from '../../db/paging';
import type { DB } from '../../db/schema';
import { nowIso } from '../../lib/time';

type Items = ExpressionBuilder<DB, 'inboxItems'>;

/**
 * Whether an item's subject is still there and readable by the item's person, by the same facts
 * the subject's own access rules use: a feedback request still open that asks me; a share that
 * still reaches me (me, a team I am in, an organization I am in); an invitation to my address not
 * yet accepted; a pair space I am one of the two people of and not archived; an after-action
 * review of a team I am in now; a program I hold a seat in; my own practice (a reminder) or
 * myself (a reminder of the reflection or review).
 */
function stillReadable(eb: Items, now: string) {
  const subject = (type: string) => eb('inboxItems.subjectType', '=', type);
  const person = eb.ref('inboxItems.personId');
  const subjectId = eb.ref('inboxItems.subjectId');
  const when = (type: string, exists: Parameters<Items['exists']>[0]) =>
    eb.and([subject(type), eb.exists(exists)]);
  return eb.or([
    when(
      'feedback_request',
      eb
        .selectFrom('feedbackRecipients as r')
        .innerJoin('feedbackRequests as q', 'q.id', 'r.requestId')
        .select(sql.lit(1).as('one'))
        .whereRef('r.requestId', '=', subjectId)
        .whereRef('r.userId', '=', person)
        .where('q.closedAt', 'is', null)
        .where('q.expiresAt', '>', now),
    ),
    when(
      'share',
      eb
        .selectFrom('shares as s')
        .select(sql.lit(1).as('one'))
        .whereRef('s.id', '=', subjectId)
        .where((s) =>
          s.or([
            s.and([s('s.targetType', '=', 'user'), s('s.targetId', '=', person)]),
            s.and([
              s('s.targetType', '=', 'team'),
              s.exists(
                s
                  .selectFrom('teamMembers as tm')
                  .select(sql.lit(1).as('one'))
                  .whereRef('tm.teamId', '=', 's.targetId')
                  .whereRef('tm.userId', '=', person),
              ),
            ]),
            s.and([
              s('s.targetType', '=', 'org'),
              s.exists(
                s
                  .selectFrom('orgMembers as om')
                  .select(sql.lit(1).as('one'))
                  .whereRef('om.orgId', '=', 's.targetId')
                  .whereRef('om.userId', '=', person),
              ),
            ]),
          ]),
        ),
    ),
    when(
      'invitation',
      eb
        .selectFrom('invitations as inv')
        .innerJoin('users as u', 'u.email', 'inv.email')
        .select(sql.lit(1).as('one'))
        .whereRef('inv.id', '=', subjectId)
        .whereRef('u.id', '=', person)
        .where('inv.acceptedAt', 'is', null)
        .where('inv.expiresAt', '>', now),
    ),
    when(
      'delegation_agreement',
      eb
        .selectFrom('delegationAgreements as a')
        .select(sql.lit(1).as('one'))
        .whereRef('a.id', '=', subjectId)
        .where('a.archivedAt', 'is', null)
        .where((a) => a.or([a('a.leaderId', '=', person), a('a.memberId', '=', person)])),
    ),
    when(
      'one_on_one',
      eb
        .selectFrom('oneOnOnes as o')
        .select(sql.lit(1).as('one'))
        .whereRef('o.id', '=', subjectId)
        .where((o) => o.or([o('o.ownerId', '=', person), o('o.colleagueId', '=', person)])),
    ),
    when(
      'aar',
      eb
        .selectFrom('afterActionReviews as aar')
        .innerJoin('teamMembers as tm', 'tm.teamId', 'aar.teamId')
        .select(sql.lit(1).as('one'))
        .whereRef('aar.id', '=', subjectId)
        .whereRef('tm.userId', '=', person),
    ),
    when(
      'program',
      eb
        .selectFrom('programEnrollments as e')
        .select(sql.lit(1).as('one'))
        .whereRef('e.programId', '=', subjectId)
        .whereRef('e.userId', '=', person)
        .where('e.status', '=', 'enrolled'),
    ),
    // A reminder of my own practice, while it is there and not archived.
    when(
      'practice',
      eb
        .selectFrom('practices as p')
        .select(sql.lit(1).as('one'))
        .whereRef('p.id', '=', subjectId)
        .whereRef('p.userId', '=', person)
        .where('p.archivedAt', 'is', null),
    ),
    // A reminder about myself (the daily reflection, the weekly review).
    eb.and([subject('self'), eb(subjectId, '=', person)]),
  ]);
}

/** My items whose subject I may still read (all, or only unread ones), newest first. */
function myItems(db: Db, personId: string, unreadOnly: boolean) {
  const now = nowIso();
  let query = db
    .selectFrom('inboxItems')
    .where('inboxItems.personId', '=', personId)
    .where((eb) => stillReadable(eb, now));
  if (unreadOnly) query = query.where('inboxItems.readAt', 'is', null);
  return query;
}

/** One page of my inbox, newest first, with the actor's current name for the title. */
export async function listInbox(db: Db, personId: string, query: InboxQuery) {
  return pageById(
    myItems(db, personId, query.unread === 'true')
      .leftJoin('users as actor', 'actor.id', 'inboxItems.actorId')
      .select([
        'inboxItems.id',
        'inboxItems.kind',
        'inboxItems.url',
        'inboxItems.createdAt',
        'inboxItems.readAt',
        'actor.name as actorName',
      ]),
    'inboxItems.id',
    query,
  );
}
export type InboxRow = Awaited<ReturnType<typeof listInbox>>['items'][number];

/** How many of my items I have not read (only those I may still open). */
export async function countUnread(db: Db, personId: string): Promise<number> {
  const row = await myItems(db, personId, true)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One item of mine that I may still open, or undefined. */
export async function findMyItem(db: Db, personId: string, id: string) {
  return myItems(db, personId, false)
    .where('inboxItems.id', '=', id)
    .select(['inboxItems.id', 'inboxItems.readAt'])
    .executeTakeFirst();
}
