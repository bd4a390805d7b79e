import type { Selectable } from 'kysely';
import {
  type CreateAgreementBody,
  type CreateAreaBody,
  MAX_AREAS,
  type UpdateAreaBody,
} from '../../../contracts/delegation';
import type { AgreementAccess } from '../../../core/pair-policy';
import type { Db } from '../../db/database';
import { raiseInboxItem } from '../../db/inbox';
import { requirePairInOrg } from '../../db/memberships';
import type { DelegationEventsTable } from '../../db/schema';
import { AppError, conflict } from '../../errors';
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';
import {
  accessAgreement,
  type AgreementRow,
  findArea,
  type AreaRow,
  type EventRow,
} from './queries';

type EventValues = Omit<
  Selectable<DelegationEventsTable>,
  'id' | 'level' | 'fromLevel' | 'leaderLevel' | 'memberLevel' | 'dueOn'
> &
  Partial<Pick<EventRow, 'level' | 'fromLevel' | 'leaderLevel' | 'memberLevel' | 'dueOn'>>;

/** Writes one event to a decision area's history. */
export function recordEvent(db: Db, event: EventValues) {
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

/** Puts in the other party's inbox that it is their turn (poker) or theirs to confirm. */
export function tellTheOther(
  trx: Db,
  agreement: { id: string; leaderId: string; memberId: string },
  userId: string,
  kind: 'delegation_turn' | 'delegation_proposal',
) {
  return raiseInboxItem(trx, {
    to: [agreement.leaderId, agreement.memberId],
    kind,
    actorId: userId,
    subject: { type: 'delegation_agreement', id: agreement.id },
    url: `/delegation/${agreement.id}`,
  });
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
  const agreement = await db
    .selectFrom('delegationAgreements')
    .select(['id', 'leaderId', 'memberId'])
    .where('id', '=', props.agreementId)
    .executeTakeFirstOrThrow();
  await tellTheOther(db, agreement, props.userId, 'delegation_turn');
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

export type AreaContext = {
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
export function changeArea<T>(
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
    const area = await findArea(trx, ids);
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
