import type { Selectable } from 'kysely';
import { type AgreementAccess, agreementAccess } from '../../../core/pair-policy';
import type { Db } from '../../db/database';
import { membersAmong } from '../../db/memberships';
import type {
  DelegationAgreementsTable,
  DelegationAreasTable,
  DelegationEventsTable,
  DelegationRoundsTable,
  DelegationTransitionsTable,
} from '../../db/schema';
import { notFound } from '../../errors';

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
  const agreement = await db
    .selectFrom('delegationAgreements')
    .select(agreementColumns)
    .where('id', '=', id)
    .executeTakeFirst();
  const access = agreement
    ? agreementAccess(userId, {
        leaderId: agreement.leaderId,
        memberId: agreement.memberId,
        archived: agreement.archivedAt !== null,
        partiesInOrg: await membersAmong(db, agreement.orgId, [
          agreement.leaderId,
          agreement.memberId,
        ]),
      })
    : null;
  if (!agreement || !access) throw notFound('No such agreement.');
  return { agreement, access };
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
  const [org, people, areas] = await Promise.all([
    db
      .selectFrom('orgs')
      .select(['id', 'name'])
      .where('id', '=', agreement.orgId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('users')
      .select(['id', 'name'])
      .where('id', 'in', [agreement.leaderId, agreement.memberId])
      .execute(),
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
    names: new Map(people.map((p) => [p.id, p.name])),
    areas,
    rounds: rounds as RoundRow[],
    transitions: transitions as TransitionRow[],
    events: events as EventRow[],
  };
}

/** The agreements I am a party to, newest first, with what waits for me in each. */
export async function listAgreements(db: Db, userId: string) {
  const agreements = await db
    .selectFrom('delegationAgreements')
    .select(agreementColumns)
    .where((eb) => eb.or([eb('leaderId', '=', userId), eb('memberId', '=', userId)]))
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
  if (agreements.length === 0) return [];
  const ids = agreements.map((a) => a.id);
  const people = [...new Set(agreements.flatMap((a) => [a.leaderId, a.memberId]))];
  const orgIds = [...new Set(agreements.map((a) => a.orgId))];
  const [areas, openRounds, orgs, users, memberships] = await Promise.all([
    db
      .selectFrom('delegationAreas')
      .select(['id', 'agreementId', 'level', 'proposedLevel', 'proposedBy'])
      .where('agreementId', 'in', ids)
      .execute(),
    db
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
    db.selectFrom('orgs').select(['id', 'name']).where('id', 'in', orgIds).execute(),
    db.selectFrom('users').select(['id', 'name']).where('id', 'in', people).execute(),
    db
      .selectFrom('orgMembers')
      .select(['orgId', 'userId'])
      .where('orgId', 'in', orgIds)
      .where('userId', 'in', people)
      .execute(),
  ]);
  return agreements.map((agreement) => {
    const access = agreementAccess(userId, {
      leaderId: agreement.leaderId,
      memberId: agreement.memberId,
      archived: agreement.archivedAt !== null,
      partiesInOrg: memberships.filter((m) => m.orgId === agreement.orgId).map((m) => m.userId),
    }) as AgreementAccess;
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
      org: orgs.find((o) => o.id === agreement.orgId) ?? { id: agreement.orgId, name: '' },
      names: new Map(users.map((u) => [u.id, u.name])),
      areaCount: mine.length,
      agreedCount: mine.filter((a) => a.level !== null).length,
      waitingForMe: access.canAct ? myOpenChoices + proposalsToMe : 0,
    };
  });
}
