import type { Selectable } from 'kysely';
import type { PageQuery } from '../../../contracts/common';
import { toPage } from '../../../core/pagination';
import { type OneOnOneAccess, oneOnOneAccess } from '../../../core/pair-policy';
import type { Db } from '../../db/database';
import { seenBy } from '../../db/one-on-one-meetings';
import { accessPair, pairHead, pairsContext } from '../../db/pair-spaces';
import type {
  OneOnOneActionsTable,
  OneOnOneNotesTable,
  OneOnOnesTable,
  OneOnOneTopicsTable,
} from '../../db/schema';
import type { OneOnOneMeetingsTable } from '../../db/tables/meetings';
import { pageLoaded } from '../../db/paging';
import { notFound } from '../../errors';
import { presentSpace } from './presenters';

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

/** The columns every item in a space ends with: who wrote it and when. */
const written = ['authorId', 'createdAt', 'updatedAt'] as const;

export const topicColumns = [
  'id',
  'title',
  'notes',
  'position',
  'discussedAt',
  ...written,
] as const;
export type TopicRow = Pick<Selectable<OneOnOneTopicsTable>, (typeof topicColumns)[number]>;

export const noteColumns = ['id', 'body', ...written] as const;
export type NoteRow = Pick<Selectable<OneOnOneNotesTable>, (typeof noteColumns)[number]>;

export const actionColumns = ['id', 'text', 'ownerId', 'dueOn', 'doneAt', ...written] as const;
export type ActionRow = Pick<Selectable<OneOnOneActionsTable>, (typeof actionColumns)[number]>;

export const meetingColumns = [
  'date',
  'time',
  'timeZone',
  'durationMinutes',
  'place',
  'repeatWeeks',
  'updatedBy',
  'updatedAt',
] as const;
export type MeetingRow = Pick<Selectable<OneOnOneMeetingsTable>, (typeof meetingColumns)[number]>;

/** The space's meeting, if one is set. */
export async function findMeeting(db: Db, spaceId: string): Promise<MeetingRow | null> {
  const row = await db
    .selectFrom('oneOnOneMeetings')
    .select(meetingColumns)
    .where('spaceId', '=', spaceId)
    .executeTakeFirst();
  return row ?? null;
}

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
  const found = await db
    .selectFrom('oneOnOnes')
    .select(spaceColumns)
    .where('id', '=', id)
    .executeTakeFirst();
  const { row, access } = await accessPair(db, found, spacePair(userId), 'No such 1:1.');
  return { space: row, access };
}

/** How the pair policy sees a space, for the caller. */
const spacePair = (userId: string) => ({
  partiesOf: (s: SpaceRow): [string, string] => [s.ownerId, s.colleagueId],
  decide: (s: SpaceRow, partiesInOrg: string[]) =>
    oneOnOneAccess(userId, {
      ownerId: s.ownerId,
      colleagueId: s.colleagueId,
      ended: s.endedAt !== null,
      partiesInOrg,
    }),
});

/** One item of a space, or 404 saying what is missing. */
function findIn<Row>(
  table: 'oneOnOneTopics' | 'oneOnOneNotes' | 'oneOnOneActions',
  columns: readonly string[],
  missing: string,
) {
  return async (db: Db, spaceId: string, id: string): Promise<Row> => {
    const row = await db
      .selectFrom(table)
      .select(columns as never)
      .where('id', '=', id)
      .where('spaceId', '=', spaceId)
      .executeTakeFirst();
    if (!row) throw notFound(missing);
    return row as Row;
  };
}

export const findTopic = findIn<TopicRow>('oneOnOneTopics', topicColumns, 'No such topic.');
export const findNote = findIn<NoteRow>('oneOnOneNotes', noteColumns, 'No such note.');
export const findAction = findIn<ActionRow>(
  'oneOnOneActions',
  actionColumns,
  'No such action item.',
);

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
  const [{ org, names }, topics, notes, actions, meeting] = await Promise.all([
    pairHead(db, space.orgId, [space.ownerId, space.colleagueId]),
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
    findMeeting(db, space.id),
  ]);
  return { org, names, topics, notes, actions, meeting };
}

/**
 * The spaces I can see, newest first, a page at a time: those I own (ended ones too,
 * read-only) and those I am the colleague in while they are open and we are both in their
 * organization (what `oneOnOneAccess` grants, asked of the database so pages stay full).
 */
export async function listSpaces(db: Db, userId: string, page: PageQuery) {
  let query = db
    .selectFrom('oneOnOnes')
    .select(spaceColumns)
    .where((eb) => seenBy(eb, userId))
    .orderBy('id', 'desc')
    .limit(page.limit + 1);
  if (page.cursor !== undefined) query = query.where('id', '<', page.cursor);
  const { items: spaces, nextCursor } = toPage(
    await query.execute(),
    page.limit,
    'id',
    (s) => s.id,
  );
  const ids = spaces.map((s) => s.id);
  const pair = spacePair(userId);
  const [context, openTopics, openActions, meetings] = await Promise.all([
    pairsContext(db, spaces, pair.partiesOf),
    ids.length === 0
      ? []
      : db
          .selectFrom('oneOnOneTopics')
          .select('spaceId')
          .where('spaceId', 'in', ids)
          .where('discussedAt', 'is', null)
          .execute(),
    ids.length === 0
      ? []
      : db
          .selectFrom('oneOnOneActions')
          .select('spaceId')
          .where('spaceId', 'in', ids)
          .where('doneAt', 'is', null)
          .execute(),
    ids.length === 0
      ? []
      : db
          .selectFrom('oneOnOneMeetings')
          .select(['spaceId', ...meetingColumns])
          .where('spaceId', 'in', ids)
          .execute(),
  ]);
  const items = spaces.flatMap((space) => {
    const access = pair.decide(space, context.partiesInOrg(space));
    if (!access) return [];
    return [
      {
        space,
        access,
        names: context.names,
        org: context.orgOf(space),
        openTopics: openTopics.filter((t) => t.spaceId === space.id).length,
        openActions: openActions.filter((a) => a.spaceId === space.id).length,
        meeting: meetings.find((m) => m.spaceId === space.id) ?? null,
      },
    ];
  });
  return { items, nextCursor };
}

/** A space as the caller (its owner, or its colleague while it is open) sees it; 404 otherwise. */
export async function loadSpace(db: Db, userId: string, id: string) {
  const { space, access } = await accessSpace(db, userId, id);
  return presentSpace(userId, space, access, await spaceParts(db, space));
}

/** Every space I see, whole, oldest first, a page at a time: what my data export holds of them. */
export function spacesSeenBy(db: Db, userId: string, page: PageQuery) {
  return pageLoaded(
    db
      .selectFrom('oneOnOnes')
      .select('id')
      .where((eb) => seenBy(eb, userId)),
    'id',
    page,
    (id) => loadSpace(db, userId, id),
    'asc',
  );
}
