import type { Selectable } from 'kysely';
import { type AgreementAccess, agreementAccess } from '../../../core/pair-policy';
import type { PageQuery } from '../../../contracts/common';
import { toPage } from '../../../core/pagination';
import type { Db } from '../../db/database';
import { accessPair, pairHead, pairsContext } from '../../db/pair-spaces';
import { pageLoaded } from '../../db/paging';
import { notFound } from '../../errors';
import { presentAgreement } from './presenters';
import type {
  DelegationAgreementsTable,
  DelegationAreasTable,
  DelegationEventsTable,
  DelegationRoundsTable,
  DelegationTransitionsTable,
} from '../../db/schema';

export const agreementColumns = [
  'id',
  'orgId',
  'leaderId',
  'memberId',
  'archivedAt',
  'archivedBy',
  'createdAt',
  'updatedAt',
] as const;
export type AgreementRow = Pick<
  Selectable<DelegationAgreementsTable>,
  (typeof agreementColumns)[number]
>;

export const areaColumns = [
  'id',
  'agreementId',
  'title',
  'note',
  'position',
  'level',
  'proposedLevel',
  'proposedBy',
  'proposedAt',
  'createdAt',
] as const;
export type AreaRow = Pick<Selectable<DelegationAreasTable>, (typeof areaColumns)[number]>;

export const roundColumns = [
  'id',
  'areaId',
  'leaderChoice',
  'memberChoice',
  'startedAt',
  'revealedAt',
] as const;
export type RoundRow = Pick<Selectable<DelegationRoundsTable>, (typeof roundColumns)[number]>;

export const transitionColumns = [
  'id',
  'areaId',
  'fromLevel',
  'toLevel',
  'dueOn',
  'status',
  'createdBy',
  'createdAt',
  'closedAt',
] as const;
export type TransitionRow = Pick<
  Selectable<DelegationTransitionsTable>,
  (typeof transitionColumns)[number]
>;

export const eventColumns = [
  'id',
  'areaId',
  'kind',
  'actorId',
  'level',
  'fromLevel',
  'leaderLevel',
  'memberLevel',
  'dueOn',
  'at',
] as const;
export type EventRow = Pick<Selectable<DelegationEventsTable>, (typeof eventColumns)[number]>;

/**
 * The one place where access to a delegation agreement is decided: it gathers the plain facts
 * (the two parties, archived or not, who of them is still in the organization) and asks the
 * pure policy in src/core/pair-policy.ts. Anyone but the two parties gets 404.
 */
export async function accessAgreement(
  db: Db,
  userId: string,
  id: string,
): Promise<{ agreement: AgreementRow; access: AgreementAccess }> {
  const found = await db
    .selectFrom('delegationAgreements')
    .select(agreementColumns)
    .where('id', '=', id)
    .executeTakeFirst();
  const { row, access } = await accessPair(db, found, agreementPair(userId), 'No such agreement.');
  return { agreement: row, access };
}

/** How the pair policy sees an agreement, for the caller. */
const agreementPair = (userId: string) => ({
  partiesOf: (a: AgreementRow): [string, string] => [a.leaderId, a.memberId],
  decide: (a: AgreementRow, partiesInOrg: string[]) =>
    agreementAccess(userId, {
      leaderId: a.leaderId,
      memberId: a.memberId,
      archived: a.archivedAt !== null,
      partiesInOrg,
    }),
});

/** One decision area of an agreement, or 404. */
export async function findArea(db: Db, ids: { agreementId: string; areaId: string }) {
  const area = await db
    .selectFrom('delegationAreas')
    .select(areaColumns)
    .where('id', '=', ids.areaId)
    .where('agreementId', '=', ids.agreementId)
    .executeTakeFirst();
  if (!area) throw notFound('No such decision area.');
  return area;
}

/** One transition planned on an area, or 404. */
export async function findTransition(db: Db, areaId: string, transitionId: string) {
  const transition = await db
    .selectFrom('delegationTransitions')
    .select(transitionColumns)
    .where('id', '=', transitionId)
    .where('areaId', '=', areaId)
    .executeTakeFirst();
  if (!transition) throw notFound('No such transition.');
  return transition;
}

/** The open (not yet revealed) round of poker on an area, if there is one. */
export async function openRound(db: Db, areaId: string) {
  return db
    .selectFrom('delegationRounds')
    .select(roundColumns)
    .where('areaId', '=', areaId)
    .where('revealedAt', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** Everything about an agreement's areas, for the presenter. */
export async function agreementParts(db: Db, agreement: AgreementRow) {
  const [{ org, names }, areas] = await Promise.all([
    pairHead(db, agreement.orgId, [agreement.leaderId, agreement.memberId]),
    db
      .selectFrom('delegationAreas')
      .select(areaColumns)
      .where('agreementId', '=', agreement.id)
      .orderBy('position')
      .orderBy('id')
      .execute(),
  ]);
  const areaIds = areas.map((a) => a.id);
  const [rounds, transitions, events] =
    areaIds.length === 0
      ? [[], [], []]
      : await Promise.all([
          db
            .selectFrom('delegationRounds')
            .select(roundColumns)
            .where('areaId', 'in', areaIds)
            .orderBy('id')
            .execute(),
          db
            .selectFrom('delegationTransitions')
            .select(transitionColumns)
            .where('areaId', 'in', areaIds)
            .where('status', '<>', 'cancelled')
            .orderBy('dueOn')
            .orderBy('id')
            .execute(),
          db
            .selectFrom('delegationEvents')
            .select(eventColumns)
            .where('areaId', 'in', areaIds)
            .orderBy('id')
            .execute(),
        ]);
  return {
    org,
    names,
    areas,
    rounds: rounds as RoundRow[],
    transitions: transitions as TransitionRow[],
    events: events as EventRow[],
  };
}

/** The agreements I am a party to, newest first, a page at a time, with what waits for me in each. */
export async function listAgreements(db: Db, userId: string, page: PageQuery) {
  let query = db
    .selectFrom('delegationAgreements')
    .select(agreementColumns)
    .where((eb) => eb.or([eb('leaderId', '=', userId), eb('memberId', '=', userId)]))
    .orderBy('id', 'desc')
    .limit(page.limit + 1);
  if (page.cursor !== undefined) query = query.where('id', '<', page.cursor);
  const { items: agreements, nextCursor } = toPage(
    await query.execute(),
    page.limit,
    'id',
    (a) => a.id,
  );
  const ids = agreements.map((a) => a.id);
  const pair = agreementPair(userId);
  const [context, areas, openRounds] = await Promise.all([
    pairsContext(db, agreements, pair.partiesOf),
    ids.length === 0
      ? []
      : db
          .selectFrom('delegationAreas')
          .select(['id', 'agreementId', 'level', 'proposedLevel', 'proposedBy'])
          .where('agreementId', 'in', ids)
          .execute(),
    ids.length === 0
      ? []
      : db
          .selectFrom('delegationRounds')
          .innerJoin('delegationAreas', 'delegationAreas.id', 'delegationRounds.areaId')
          .select([
            'delegationAreas.agreementId',
            'delegationRounds.leaderChoice',
            'delegationRounds.memberChoice',
          ])
          .where('delegationAreas.agreementId', 'in', ids)
          .where('delegationRounds.revealedAt', 'is', null)
          .execute(),
  ]);
  const items = agreements.map((agreement) => {
    const access = pair.decide(agreement, context.partiesInOrg(agreement)) as AgreementAccess;
    const mine = areas.filter((a) => a.agreementId === agreement.id);
    const myOpenChoices = openRounds.filter(
      (r) =>
        r.agreementId === agreement.id &&
        (access.role === 'leader' ? r.leaderChoice : r.memberChoice) === null,
    ).length;
    const proposalsToMe = mine.filter(
      (a) => a.proposedLevel !== null && a.proposedBy !== userId,
    ).length;
    return {
      agreement,
      access,
      org: context.orgOf(agreement),
      names: context.names,
      areaCount: mine.length,
      agreedCount: mine.filter((a) => a.level !== null).length,
      waitingForMe: access.canAct ? myOpenChoices + proposalsToMe : 0,
    };
  });
  return { items, nextCursor };
}

/** An agreement as the caller (one of its two parties) sees it; 404 for anyone else. */
export async function loadAgreement(db: Db, userId: string, id: string) {
  const { agreement, access } = await accessAgreement(db, userId, id);
  return presentAgreement(userId, agreement, access, await agreementParts(db, agreement));
}

/**
 * Every agreement I am a party to, whole, oldest first, a page at a time: what my data export
 * holds of them (the other party's choices in a round not yet revealed stay hidden).
 */
export function agreementsOf(db: Db, userId: string, page: PageQuery) {
  return pageLoaded(
    db
      .selectFrom('delegationAgreements')
      .select('id')
      .where((eb) => eb.or([eb('leaderId', '=', userId), eb('memberId', '=', userId)])),
    'id',
    page,
    (id) => loadAgreement(db, userId, id),
    'asc',
  );
}
