import {
  type CreateActionBody,
  type CreateOneOnOneBody,
  type CreateTopicBody,
  MAX_TOPICS,
  type NoteBody,
  type UpdateActionBody,
  type UpdateTopicBody,
} from '../../../contracts/one-on-ones';
import { canChangeNote, isPartyOf, type OneOnOneAccess } from '../../../core/pair-policy';
import type { Db } from '../../db/database';
import { raiseInboxItem } from '../../db/inbox';
import { requirePairInOrg } from '../../db/memberships';
import { AppError, badRequest, conflict, forbidden } from '../../errors';
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';

import {
  accessSpace,
  findAction,
  findNote,
  findTopic,
  listTopics,
  namesOf,
  type NoteRow,
  type SpaceRow,
} from './queries';

type SpaceContext = { trx: Db; space: SpaceRow; access: OneOnOneAccess; now: string };

/**
 * Runs a change in a transaction, for someone who may write in the space (the space row is
 * written first, so concurrent changes queue up). An ended space is read-only to its owner.
 */
export function changeSpace<T>(
  db: Db,
  userId: string,
  spaceId: string,
  work: (context: SpaceContext) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const { space, access } = await accessSpace(trx, userId, spaceId);
    if (!access.canWrite) {
      if (space.endedAt) {
        throw conflict('one_on_one_ended', 'This 1:1 has ended: it is kept, read-only.');
      }
      throw conflict(
        'pair_apart',
        'One of you has left the organization: this 1:1 can be read, not changed.',
      );
    }
    const now = nowIso();
    await trx.updateTable('oneOnOnes').set({ updatedAt: now }).where('id', '=', spaceId).execute();
    return work({ trx, space, access, now });
  });
}

/** Starts a 1:1 space with a colleague from one of my organizations; I own it. */
export async function startOneOnOne(db: Db, userId: string, body: CreateOneOnOneBody) {
  await requirePairInOrg(
    db,
    userId,
    body,
    'Start a 1:1 with someone from one of your organizations.',
  );
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('oneOnOnes')
      .select('id')
      .where('orgId', '=', body.orgId)
      .where('ownerId', '=', userId)
      .where('colleagueId', '=', body.colleagueId)
      .where('endedAt', 'is', null)
      .executeTakeFirst();
    if (existing) {
      throw new AppError(409, 'one_on_one_exists', 'You already have a 1:1 with this colleague.', {
        id: existing.id,
      });
    }
    const now = nowIso();
    const id = newId();
    await trx
      .insertInto('oneOnOnes')
      .values({
        id,
        orgId: body.orgId,
        ownerId: userId,
        colleagueId: body.colleagueId,
        title: body.title ?? '',
        endedAt: null,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    return id;
  });
}

/** Ends the space (the owner only): the colleague loses access now; the owner keeps it read-only. */
export async function endOneOnOne(db: Db, userId: string, id: string) {
  await db.transaction().execute(async (trx) => {
    const { access } = await accessSpace(trx, userId, id);
    if (access.role !== 'owner') {
      throw forbidden('owner_only', 'Only the person who owns this 1:1 can end it.');
    }
    if (!access.canEnd) throw conflict('one_on_one_ended', 'This 1:1 has ended already.');
    const now = nowIso();
    await trx
      .updateTable('oneOnOnes')
      .set({ endedAt: now, updatedAt: now })
      .where('id', '=', id)
      .where('endedAt', 'is', null)
      .execute();
  });
}

/** Adds a topic at the end of the agenda. */
export function addTopic(db: Db, userId: string, spaceId: string, body: CreateTopicBody) {
  return changeSpace(db, userId, spaceId, async ({ trx, space, now }) => {
    const { count, last } = await trx
      .selectFrom('oneOnOneTopics')
      .select(({ fn }) => [
        fn.countAll<number | string>().as('count'),
        fn.max<number | null>('position').as('last'),
      ])
      .where('spaceId', '=', spaceId)
      .executeTakeFirstOrThrow();
    if (Number(count) >= MAX_TOPICS) {
      throw conflict('too_many_topics', `A 1:1 holds at most ${MAX_TOPICS} topics.`);
    }
    const id = newId();
    await trx
      .insertInto('oneOnOneTopics')
      .values({
        id,
        spaceId,
        title: body.title,
        notes: body.notes ?? '',
        position: last === null ? 0 : Number(last) + 1,
        discussedAt: null,
        authorId: userId,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await tellTheOther(trx, space, userId, 'one_on_one_topic');
    return { item: await findTopic(trx, spaceId, id), names: await namesOf(trx, space) };
  });
}

/** Changes a topic's title or notes, or marks it discussed (or not). Either person may. */
export function updateTopic(
  db: Db,
  userId: string,
  ids: { spaceId: string; topicId: string },
  body: UpdateTopicBody,
) {
  return changeSpace(db, userId, ids.spaceId, async ({ trx, space, now }) => {
    const topic = await findTopic(trx, ids.spaceId, ids.topicId);
    const discussedAt =
      body.discussed === undefined
        ? topic.discussedAt
        : body.discussed
          ? (topic.discussedAt ?? now)
          : null;
    await trx
      .updateTable('oneOnOneTopics')
      .set({ title: body.title, notes: body.notes, discussedAt, updatedAt: now })
      .where('id', '=', topic.id)
      .execute();
    return { item: await findTopic(trx, ids.spaceId, topic.id), names: await namesOf(trx, space) };
  });
}

export function deleteTopic(db: Db, userId: string, ids: { spaceId: string; topicId: string }) {
  return changeSpace(db, userId, ids.spaceId, async ({ trx }) => {
    const topic = await findTopic(trx, ids.spaceId, ids.topicId);
    await trx.deleteFrom('oneOnOneTopics').where('id', '=', topic.id).execute();
  });
}

/** Puts the agenda in a new order: every topic of the space, once each. */
export function reorderTopics(db: Db, userId: string, spaceId: string, topicIds: string[]) {
  return changeSpace(db, userId, spaceId, async ({ trx, space }) => {
    const current = await trx
      .selectFrom('oneOnOneTopics')
      .select('id')
      .where('spaceId', '=', spaceId)
      .execute();
    const known = new Set(current.map((t) => t.id));
    const sent = new Set(topicIds);
    if (
      sent.size !== topicIds.length ||
      sent.size !== known.size ||
      topicIds.some((id) => !known.has(id))
    ) {
      throw badRequest('order_mismatch', 'Send every topic of this 1:1 once, in the new order.', [
        { path: ['topicIds'], message: 'Every topic of this 1:1, once each.' },
      ]);
    }
    for (const [position, id] of topicIds.entries()) {
      await trx.updateTable('oneOnOneTopics').set({ position }).where('id', '=', id).execute();
    }
    return { items: await listTopics(trx, spaceId), names: await namesOf(trx, space) };
  });
}

export function addNote(db: Db, userId: string, spaceId: string, body: NoteBody) {
  return changeSpace(db, userId, spaceId, async ({ trx, space, now }) => {
    const id = newId();
    await trx
      .insertInto('oneOnOneNotes')
      .values({ id, spaceId, body: body.body, authorId: userId, createdAt: now, updatedAt: now })
      .execute();
    return { item: await findNote(trx, spaceId, id), names: await namesOf(trx, space) };
  });
}

/** Changes or deletes a note: only the one who wrote it may. */
function changeOwnNote<T>(
  db: Db,
  userId: string,
  ids: { spaceId: string; noteId: string },
  work: (trx: Db, note: NoteRow, now: string, space: SpaceRow) => Promise<T>,
) {
  return changeSpace(db, userId, ids.spaceId, async ({ trx, space, access, now }) => {
    const note = await findNote(trx, ids.spaceId, ids.noteId);
    if (!canChangeNote(userId, access, note)) {
      throw forbidden('author_only', 'Only the person who wrote a note can change it.');
    }
    return work(trx, note, now, space);
  });
}

export function updateNote(
  db: Db,
  userId: string,
  ids: { spaceId: string; noteId: string },
  body: NoteBody,
) {
  return changeOwnNote(db, userId, ids, async (trx, note, now, space) => {
    await trx
      .updateTable('oneOnOneNotes')
      .set({ body: body.body, updatedAt: now })
      .where('id', '=', note.id)
      .execute();
    return { item: await findNote(trx, ids.spaceId, note.id), names: await namesOf(trx, space) };
  });
}

export function deleteNote(db: Db, userId: string, ids: { spaceId: string; noteId: string }) {
  return changeOwnNote(db, userId, ids, async (trx, note) => {
    await trx.deleteFrom('oneOnOneNotes').where('id', '=', note.id).execute();
  });
}

function requireParty(space: SpaceRow, ownerId: string) {
  if (!isPartyOf(ownerId, space)) {
    throw badRequest('unknown_owner', 'An action item belongs to one of the two of you.', [
      { path: ['ownerId'], message: 'Choose one of the two of you.' },
    ]);
  }
}

export function addAction(db: Db, userId: string, spaceId: string, body: CreateActionBody) {
  return changeSpace(db, userId, spaceId, async ({ trx, space, now }) => {
    requireParty(space, body.ownerId);
    const id = newId();
    await trx
      .insertInto('oneOnOneActions')
      .values({
        id,
        spaceId,
        text: body.text,
        ownerId: body.ownerId,
        dueOn: body.dueOn ?? null,
        doneAt: null,
        authorId: userId,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await tellTheOther(trx, space, userId, 'one_on_one_action');
    return { item: await findAction(trx, spaceId, id), names: await namesOf(trx, space) };
  });
}

/** Puts a new topic or action item in the other person's inbox. */
function tellTheOther(
  trx: Db,
  space: SpaceRow,
  userId: string,
  kind: 'one_on_one_topic' | 'one_on_one_action',
) {
  return raiseInboxItem(trx, {
    to: [space.ownerId, space.colleagueId],
    kind,
    actorId: userId,
    subject: { type: 'one_on_one', id: space.id },
    url: `/one-on-ones/${space.id}`,
  });
}

/** Changes an action item: its text, owner or due date, or ticks it done (or not). */
export function updateAction(
  db: Db,
  userId: string,
  ids: { spaceId: string; actionId: string },
  body: UpdateActionBody,
) {
  return changeSpace(db, userId, ids.spaceId, async ({ trx, space, now }) => {
    const action = await findAction(trx, ids.spaceId, ids.actionId);
    if (body.ownerId !== undefined) requireParty(space, body.ownerId);
    const doneAt =
      body.done === undefined ? action.doneAt : body.done ? (action.doneAt ?? now) : null;
    await trx
      .updateTable('oneOnOneActions')
      .set({
        text: body.text,
        ownerId: body.ownerId,
        dueOn: body.dueOn,
        doneAt,
        updatedAt: now,
      })
      .where('id', '=', action.id)
      .execute();
    return {
      item: await findAction(trx, ids.spaceId, action.id),
      names: await namesOf(trx, space),
    };
  });
}

export function deleteAction(db: Db, userId: string, ids: { spaceId: string; actionId: string }) {
  return changeSpace(db, userId, ids.spaceId, async ({ trx }) => {
    const action = await findAction(trx, ids.spaceId, ids.actionId);
    await trx.deleteFrom('oneOnOneActions').where('id', '=', action.id).execute();
  });
}
