import type { Selectable } from 'kysely';
import { type OneOnOneAccess, oneOnOneAccess } from '../../../core/pair-policy';
import type { Db } from '../../db/database';
import { membersAmong } from '../../db/memberships';
import type {
  OneOnOneActionsTable,
  OneOnOneNotesTable,
  OneOnOnesTable,
  OneOnOneTopicsTable,
} from '../../db/schema';
import { notFound } from '../../errors';

export const spaceColumns = [
  'id',
  'orgId',
  'ownerId',
  'colleagueId',
  'title',
  'endedAt',
  'createdAt',
  'updatedAt',
] as const;
export type SpaceRow = Pick<Selectable<OneOnOnesTable>, (typeof spaceColumns)[number]>;

export const topicColumns = [
  'id',
  'title',
  'notes',
  'position',
  'discussedAt',
  'authorId',
  'createdAt',
  'updatedAt',
] as const;
export type TopicRow = Pick<Selectable<OneOnOneTopicsTable>, (typeof topicColumns)[number]>;

export const noteColumns = ['id', 'body', 'authorId', 'createdAt', 'updatedAt'] as const;
export type NoteRow = Pick<Selectable<OneOnOneNotesTable>, (typeof noteColumns)[number]>;

export const actionColumns = [
  'id',
  'text',
  'ownerId',
  'dueOn',
  'doneAt',
  'authorId',
  'createdAt',
  'updatedAt',
] as const;
export type ActionRow = Pick<Selectable<OneOnOneActionsTable>, (typeof actionColumns)[number]>;

/** The names of a space's two people, by id. */
export async function namesOf(db: Db, space: SpaceRow) {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('id', 'in', [space.ownerId, space.colleagueId])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * The one place where access to a 1:1 space is decided: it gathers the plain facts (owner,
 * colleague, ended or not, who of them is still in the organization) and asks the pure policy
 * in src/core/pair-policy.ts. Anyone else — and the colleague once it ended — gets 404.
 */
export async function accessSpace(
  db: Db,
  userId: string,
  id: string,
): Promise<{ space: SpaceRow; access: OneOnOneAccess }> {
  const space = await db
    .selectFrom('oneOnOnes')
    .select(spaceColumns)
    .where('id', '=', id)
    .executeTakeFirst();
  const access = space
    ? oneOnOneAccess(userId, {
        ownerId: space.ownerId,
        colleagueId: space.colleagueId,
        ended: space.endedAt !== null,
        partiesInOrg: await membersAmong(db, space.orgId, [space.ownerId, space.colleagueId]),
      })
    : null;
  if (!space || !access) throw notFound('No such 1:1.');
  return { space, access };
}

/** The agenda of a space, in order. */
export function listTopics(db: Db, spaceId: string) {
  return db
    .selectFrom('oneOnOneTopics')
    .select(topicColumns)
    .where('spaceId', '=', spaceId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

/** Everything in a space, for the presenter. */
export async function spaceParts(db: Db, space: SpaceRow) {
  const [org, names, topics, notes, actions] = await Promise.all([
    db
      .selectFrom('orgs')
      .select(['id', 'name'])
      .where('id', '=', space.orgId)
      .executeTakeFirstOrThrow(),
    namesOf(db, space),
    listTopics(db, space.id),
    db
      .selectFrom('oneOnOneNotes')
      .select(noteColumns)
      .where('spaceId', '=', space.id)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('oneOnOneActions')
      .select(actionColumns)
      .where('spaceId', '=', space.id)
      .orderBy('id')
      .execute(),
  ]);
  return { org, names, topics, notes, actions };
}

/**
 * The spaces I can see, newest first: those I own (ended ones too, read-only) and those I am
 * the colleague in while they are open.
 */
export async function listSpaces(db: Db, userId: string) {
  const spaces = await db
    .selectFrom('oneOnOnes')
    .select(spaceColumns)
    .where((eb) => eb.or([eb('ownerId', '=', userId), eb('colleagueId', '=', userId)]))
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
  if (spaces.length === 0) return [];
  const ids = spaces.map((s) => s.id);
  const people = [...new Set(spaces.flatMap((s) => [s.ownerId, s.colleagueId]))];
  const orgIds = [...new Set(spaces.map((s) => s.orgId))];
  const [orgs, users, memberships, openTopics, openActions] = await Promise.all([
    db.selectFrom('orgs').select(['id', 'name']).where('id', 'in', orgIds).execute(),
    db.selectFrom('users').select(['id', 'name']).where('id', 'in', people).execute(),
    db
      .selectFrom('orgMembers')
      .select(['orgId', 'userId'])
      .where('orgId', 'in', orgIds)
      .where('userId', 'in', people)
      .execute(),
    db
      .selectFrom('oneOnOneTopics')
      .select('spaceId')
      .where('spaceId', 'in', ids)
      .where('discussedAt', 'is', null)
      .execute(),
    db
      .selectFrom('oneOnOneActions')
      .select('spaceId')
      .where('spaceId', 'in', ids)
      .where('doneAt', 'is', null)
      .execute(),
  ]);
  const names = new Map(users.map((u) => [u.id, u.name]));
  return spaces.flatMap((space) => {
    const access = oneOnOneAccess(userId, {
      ownerId: space.ownerId,
      colleagueId: space.colleagueId,
      ended: space.endedAt !== null,
      partiesInOrg: memberships.filter((m) => m.orgId === space.orgId).map((m) => m.userId),
    });
    if (!access) return [];
    return [
      {
        space,
        access,
        names,
        org: orgs.find((o) => o.id === space.orgId) ?? { id: space.orgId, name: '' },
        openTopics: openTopics.filter((t) => t.spaceId === space.id).length,
        openActions: openActions.filter((a) => a.spaceId === space.id).length,
      },
    ];
  });
}
