import type { TransitionBody } from '../../../contracts/delegation';
import {
  agreedByReveal,
  canConfirmProposal,
  mayReveal,
  transitionProblem,
} from '../../../core/pair-policy';
import type { Db } from '../../db/database';
import { todayFor } from '../../db/people';
import { badRequest, conflict, forbidden } from '../../errors';
import { newId } from '../../lib/ids';
import { changeArea, recordEvent, tellTheOther } from './commands';
import {
  type AreaRow,
  findTransition,
  openRound,
  roundColumns,
  transitionColumns,
} from './queries';

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
  return changeArea(db, userId, ids, async ({ trx, agreement, area, now }) => {
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
    await tellTheOther(trx, agreement, userId, 'delegation_turn');
  });
}

/** Proposes the level to agree on (after talking); the other party confirms it. */
export function proposeLevel(
  db: Db,
  userId: string,
  ids: { agreementId: string; areaId: string },
  level: number,
) {
  return changeArea(db, userId, ids, async ({ trx, agreement, area, now }) => {
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
    await tellTheOther(trx, agreement, userId, 'delegation_proposal');
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
    const transition = await findTransition(trx, area.id, ids.transitionId);
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
