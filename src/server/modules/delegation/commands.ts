import type { Selectable } from 'kysely';
import {
  type CreateAgreementBody,
  type CreateAreaBody,
  MAX_AREAS,
  type TransitionBody,
  type UpdateAreaBody,
} from '../../../contracts/delegation';
import {
  agreedByReveal,
  type AgreementAccess,
  agreementAccess,
  canConfirmProposal,
  mayReveal,
  transitionProblem,
} from '../../../core/pair-policy';
import type { Db } from '../../db/database';
import { membersAmong, requirePairInOrg } from '../../db/memberships';
import { todayFor } from '../../db/people';
import type {
  DelegationAgreementsTable,
  DelegationAreasTable,
  DelegationEventsTable,
  DelegationRoundsTable,
  DelegationTransitionsTable,
} from '../../db/schema';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../errors';
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';

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

const areaColumns = [
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

const roundColumns = [
  'id',
  'areaId',
  'leaderChoice',
  'memberChoice',
  'startedAt',
  'revealedAt',
] as const;
export type RoundRow = Pick<Selectable<DelegationRoundsTable>, (typeof roundColumns)[number]>;

const transitionColumns = [
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

const eventColumns = [
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

type EventValues = Omit<
  Selectable<DelegationEventsTable>,
  'id' | 'level' | 'fromLevel' | 'leaderLevel' | 'memberLevel' | 'dueOn'
> &
  Partial<Pick<EventRow, 'level' | 'fromLevel' | 'leaderLevel' | 'memberLevel' | 'dueOn'>>;

function recordEvent(db: Db, event: EventValues) {
  return db
    .insertInto('delegationEvents')
    .values({
      level: null,
      fromLevel: null,
      leaderLevel: null,
      memberLevel: null,
      dueOn: null,
      ...event,
      id: newId(),
    })
    .execute();
}

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

function requireAct(agreement: AgreementRow, access: AgreementAccess) {
  if (access.canAct) return;
  if (agreement.archivedAt) {
    throw conflict(
      'agreement_archived',
      'This agreement is archived: it can be read, not changed.',
    );
  }
  throw conflict(
    'pair_apart',
    'One of you has left the organization: the agreement can be read, not changed.',
  );
}

async function insertArea(
  db: Db,
  props: { agreementId: string; userId: string; area: CreateAreaBody; position: number },
  now: string,
) {
  const id = newId();
  await db
    .insertInto('delegationAreas')
    .values({
      id,
      agreementId: props.agreementId,
      title: props.area.title,
      note: props.area.note ?? '',
      position: props.position,
      level: null,
      proposedLevel: null,
      proposedBy: null,
      proposedAt: null,
      createdBy: props.userId,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  // Every new area opens with a round of poker: each party first chooses privately.
  await db
    .insertInto('delegationRounds')
    .values({
      id: newId(),
      areaId: id,
      leaderChoice: null,
      leaderChoseAt: null,
      memberChoice: null,
      memberChoseAt: null,
      startedBy: props.userId,
      startedAt: now,
      revealedAt: null,
    })
    .execute();
  await recordEvent(db, { areaId: id, kind: 'area_added', actorId: props.userId, at: now });
  return id;
}

/**
 * Starts an agreement with a colleague from one of my organizations, as its leader or its
 * member, with its first decision areas. One open agreement per leader and member in an
 * organization.
 */
export async function startAgreement(db: Db, userId: string, body: CreateAgreementBody) {
  await requirePairInOrg(
    db,
    userId,
    body,
    'Start an agreement with someone from one of your organizations.',
  );
  const leaderId = body.myRole === 'leader' ? userId : body.colleagueId;
  const memberId = body.myRole === 'leader' ? body.colleagueId : userId;
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('delegationAgreements')
      .select('id')
      .where('orgId', '=', body.orgId)
      .where('leaderId', '=', leaderId)
      .where('memberId', '=', memberId)
      .where('archivedAt', 'is', null)
      .executeTakeFirst();
    if (existing) {
      throw new AppError(
        409,
        'agreement_exists',
        'You two already have an open agreement here: add decision areas to it.',
        { id: existing.id },
      );
    }
    const now = nowIso();
    const id = newId();
    await trx
      .insertInto('delegationAgreements')
      .values({
        id,
        orgId: body.orgId,
        leaderId,
        memberId,
        startedBy: userId,
        archivedAt: null,
        archivedBy: null,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    for (const [position, area] of (body.areas ?? []).entries()) {
      await insertArea(trx, { agreementId: id, userId, area, position }, now);
    }
    return id;
  });
}

/** Adds a decision area (with its first round of poker) at the end of the list. */
export async function addArea(db: Db, userId: string, agreementId: string, area: CreateAreaBody) {
  return db.transaction().execute(async (trx) => {
    const { agreement, access } = await accessAgreement(trx, userId, agreementId);
    requireAct(agreement, access);
    const now = nowIso();
    await trx
      .updateTable('delegationAgreements')
      .set({ updatedAt: now })
      .where('id', '=', agreementId)
      .execute();
    const { count, last } = await trx
      .selectFrom('delegationAreas')
      .select(({ fn }) => [
        fn.countAll<number | string>().as('count'),
        fn.max<number | null>('position').as('last'),
      ])
      .where('agreementId', '=', agreementId)
      .executeTakeFirstOrThrow();
    if (Number(count) >= MAX_AREAS) {
      throw conflict('too_many_areas', `An agreement holds at most ${MAX_AREAS} decision areas.`);
    }
    const position = last === null ? 0 : Number(last) + 1;
    return insertArea(trx, { agreementId, userId, area, position }, now);
  });
}

type AreaContext = {
  trx: Db;
  agreement: AgreementRow;
  access: AgreementAccess;
  area: AreaRow;
  now: string;
};

/**
 * Runs a change to one decision area in a transaction, for a party who may act. The agreement
 * row is written first, so concurrent changes to one agreement queue up behind each other.
 */
function changeArea<T>(
  db: Db,
  userId: string,
  ids: { agreementId: string; areaId: string },
  work: (context: AreaContext) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const { agreement, access } = await accessAgreement(trx, userId, ids.agreementId);
    requireAct(agreement, access);
    const now = nowIso();
    await trx
      .updateTable('delegationAgreements')
      .set({ updatedAt: now })
      .where('id', '=', ids.agreementId)
      .execute();
    const area = await trx
      .selectFrom('delegationAreas')
      .select(areaColumns)
      .where('id', '=', ids.areaId)
      .where('agreementId', '=', ids.agreementId)
      .executeTakeFirst();
    if (!area) throw notFound('No such decision area.');
    const result = await work({ trx, agreement, access, area, now });
    await trx
      .updateTable('delegationAreas')
      .set({ updatedAt: now })
      .where('id', '=', area.id)
      .execute();
    return result;
  });
}

export function updateArea(
  db: Db,
  userId: string,
  ids: { agreementId: string; areaId: string },
  changes: UpdateAreaBody,
) {
  return changeArea(db, userId, ids, ({ trx, area }) =>
    trx.updateTable('delegationAreas').set(changes).where('id', '=', area.id).execute(),
  );
}

async function openRound(db: Db, areaId: string) {
  return db
    .selectFrom('delegationRounds')
    .select(roundColumns)
    .where('areaId', '=', areaId)
    .where('revealedAt', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/**
 * Sets an area's agreed level (by the reveal, actor null, or by confirming a proposal), clears
 * any proposal, and marks planned transitions to that level reached.
 */
async function agreeLevel(
  trx: Db,
  area: AreaRow,
  level: number,
  actorId: string | null,
  now: string,
) {
  await trx
    .updateTable('delegationAreas')
    .set({ level, proposedLevel: null, proposedBy: null, proposedAt: null })
    .where('id', '=', area.id)
    .execute();
  await recordEvent(trx, {
    areaId: area.id,
    kind: 'agreed',
    actorId,
    level,
    fromLevel: area.level,
    at: now,
  });
  const reached = await trx
    .selectFrom('delegationTransitions')
    .select(transitionColumns)
    .where('areaId', '=', area.id)
    .where('status', '=', 'planned')
    .where('toLevel', '=', level)
    .execute();
  for (const transition of reached) {
    await trx
      .updateTable('delegationTransitions')
      .set({ status: 'reached', closedAt: now })
      .where('id', '=', transition.id)
      .execute();
    await recordEvent(trx, {
      areaId: area.id,
      kind: 'transition_reached',
      actorId,
      level: transition.toLevel,
      fromLevel: transition.fromLevel,
      dueOn: transition.dueOn,
      at: now,
    });
  }
}

/**
 * My private choice in the open round of delegation poker (changeable until the reveal). When
 * both parties have chosen, both choices are revealed together; the same choice is agreed.
 */
export function chooseLevel(
  db: Db,
  userId: string,
  ids: { agreementId: string; areaId: string },
  level: number,
) {
  return changeArea(db, userId, ids, async ({ trx, access, area, now }) => {
    const round = await openRound(trx, area.id);
    if (!round) {
      throw conflict(
        'no_poker_round',
        'These choices have been revealed. Start a new round to choose again.',
      );
    }
    await trx
      .updateTable('delegationRounds')
      .set(
        access.role === 'leader'
          ? { leaderChoice: level, leaderChoseAt: now }
          : { memberChoice: level, memberChoseAt: now },
      )
      .where('id', '=', round.id)
      .execute();
    const after = await trx
      .selectFrom('delegationRounds')
      .select(roundColumns)
      .where('id', '=', round.id)
      .executeTakeFirstOrThrow();
    if (!mayReveal(after)) return;
    await trx
      .updateTable('delegationRounds')
      .set({ revealedAt: now })
      .where('id', '=', round.id)
      .execute();
    await recordEvent(trx, {
      areaId: area.id,
      kind: 'revealed',
      actorId: null,
      leaderLevel: after.leaderChoice,
      memberLevel: after.memberChoice,
      at: now,
    });
    const agreed = agreedByReveal(after);
    if (agreed !== null) await agreeLevel(trx, area, agreed, null, now);
  });
}

async function clearProposal(trx: Db, area: AreaRow, userId: string, now: string) {
  if (area.proposedLevel === null) return;
  await trx
    .updateTable('delegationAreas')
    .set({ proposedLevel: null, proposedBy: null, proposedAt: null })
    .where('id', '=', area.id)
    .execute();
  await recordEvent(trx, {
    areaId: area.id,
    kind: 'proposal_withdrawn',
    actorId: userId,
    level: area.proposedLevel,
    at: now,
  });
}

/** Starts a new round of poker on an area (a pending proposal gives way to it). */
export function startRound(db: Db, userId: string, ids: { agreementId: string; areaId: string }) {
  return changeArea(db, userId, ids, async ({ trx, area, now }) => {
    if (await openRound(trx, area.id)) {
      throw conflict('poker_in_progress', 'A round of poker is under way on this area.');
    }
    await clearProposal(trx, area, userId, now);
    await trx
      .insertInto('delegationRounds')
      .values({
        id: newId(),
        areaId: area.id,
        leaderChoice: null,
        leaderChoseAt: null,
        memberChoice: null,
        memberChoseAt: null,
        startedBy: userId,
        startedAt: now,
        revealedAt: null,
      })
      .execute();
    await recordEvent(trx, { areaId: area.id, kind: 'poker_started', actorId: userId, at: now });
  });
}

/** Proposes the level to agree on (after talking); the other party confirms it. */
export function proposeLevel(
  db: Db,
  userId: string,
  ids: { agreementId: string; areaId: string },
  level: number,
) {
  return changeArea(db, userId, ids, async ({ trx, area, now }) => {
    if (await openRound(trx, area.id)) {
      throw conflict(
        'poker_in_progress',
        'A round of poker is under way: choose your card, then talk about what you see.',
      );
    }
    if (area.level === level) {
      throw badRequest('same_level', 'That level is agreed already.', [
        { path: ['level'], message: 'Propose another level.' },
      ]);
    }
    await trx
      .updateTable('delegationAreas')
      .set({ proposedLevel: level, proposedBy: userId, proposedAt: now })
      .where('id', '=', area.id)
      .execute();
    await recordEvent(trx, { areaId: area.id, kind: 'proposed', actorId: userId, level, at: now });
  });
}

/** Confirms the other party's proposal: the level is agreed. */
export function confirmProposal(
  db: Db,
  userId: string,
  ids: { agreementId: string; areaId: string },
  level: number,
) {
  return changeArea(db, userId, ids, async ({ trx, area, now }) => {
    if (area.proposedLevel === null) {
      throw conflict('no_proposal', 'There is no proposal to confirm.');
    }
    if (!canConfirmProposal(userId, { proposedBy: area.proposedBy ?? '' })) {
      throw forbidden('own_proposal', 'The other party confirms what you proposed.');
    }
    if (area.proposedLevel !== level) {
      throw conflict('proposal_changed', 'The proposal changed meanwhile. Look at it again.');
    }
    await agreeLevel(trx, area, level, userId, now);
  });
}

/** Withdraws (mine) or declines (theirs) the pending proposal. */
export function withdrawProposal(
  db: Db,
  userId: string,
  ids: { agreementId: string; areaId: string },
) {
  return changeArea(db, userId, ids, async ({ trx, area, now }) => {
    if (area.proposedLevel === null) throw conflict('no_proposal', 'There is no proposal.');
    await clearProposal(trx, area, userId, now);
  });
}

/** Plans a move of the agreed level ("4 → 5 by 2027-03-01"). */
export function planTransition(
  db: Db,
  userId: string,
  ids: { agreementId: string; areaId: string },
  body: TransitionBody,
) {
  return changeArea(db, userId, ids, async ({ trx, area, now }) => {
    const problem = transitionProblem({
      currentLevel: area.level,
      toLevel: body.toLevel,
      dueOn: body.dueOn,
      today: await todayFor(trx, userId),
    });
    if (problem === 'no_agreed_level') {
      throw conflict('no_agreed_level', 'Agree on a level first, then plan how it will change.');
    }
    if (problem) {
      throw badRequest('invalid_transition', 'That transition cannot be planned.', [
        problem === 'not_ahead'
          ? { path: ['dueOn'], message: 'Choose a date after today.' }
          : { path: ['toLevel'], message: 'Choose a level other than the agreed one.' },
      ]);
    }
    const fromLevel = area.level as number;
    await trx
      .insertInto('delegationTransitions')
      .values({
        id: newId(),
        areaId: area.id,
        fromLevel,
        toLevel: body.toLevel,
        dueOn: body.dueOn,
        status: 'planned',
        createdBy: userId,
        createdAt: now,
        closedAt: null,
      })
      .execute();
    await recordEvent(trx, {
      areaId: area.id,
      kind: 'transition_planned',
      actorId: userId,
      level: body.toLevel,
      fromLevel,
      dueOn: body.dueOn,
      at: now,
    });
  });
}

/** Cancels a planned transition; it stays in the history. */
export function cancelTransition(
  db: Db,
  userId: string,
  ids: { agreementId: string; areaId: string; transitionId: string },
) {
  return changeArea(db, userId, ids, async ({ trx, area, now }) => {
    const transition = await trx
      .selectFrom('delegationTransitions')
      .select(transitionColumns)
      .where('id', '=', ids.transitionId)
      .where('areaId', '=', area.id)
      .executeTakeFirst();
    if (!transition) throw notFound('No such transition.');
    if (transition.status !== 'planned') {
      throw conflict('transition_closed', 'This transition is no longer planned.');
    }
    await trx
      .updateTable('delegationTransitions')
      .set({ status: 'cancelled', closedAt: now })
      .where('id', '=', transition.id)
      .execute();
    await recordEvent(trx, {
      areaId: area.id,
      kind: 'transition_cancelled',
      actorId: userId,
      level: transition.toLevel,
      fromLevel: transition.fromLevel,
      dueOn: transition.dueOn,
      at: now,
    });
  });
}

/** Archives the agreement (either party): it stays readable by both, and changes no more. */
export async function archiveAgreement(db: Db, userId: string, agreementId: string) {
  await db.transaction().execute(async (trx) => {
    const { access } = await accessAgreement(trx, userId, agreementId);
    if (!access.canArchive) {
      throw conflict('agreement_archived', 'This agreement is archived already.');
    }
    const now = nowIso();
    await trx
      .updateTable('delegationAgreements')
      .set({ archivedAt: now, archivedBy: userId, updatedAt: now })
      .where('id', '=', agreementId)
      .where('archivedAt', 'is', null)
      .execute();
  });
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
