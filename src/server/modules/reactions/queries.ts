import type { Selectable } from 'kysely';
import { REACTION_PARTS, type ReactionQuery } from '../../../contracts/reactions';
import { addDays } from '../../../core/calendar';
import { toPage } from '../../../core/pagination';
import { reactionPatterns } from '../../../core/reaction-patterns';
import type { Db } from '../../db/database';
import type { ReactionsTable } from '../../db/schema';
import { badRequest, notFound } from '../../errors';

export const reactionColumns = [
  'id',
  'at',
  'date',
  ...REACTION_PARTS,
  'createdAt',
  'updatedAt',
] as const;

export type ReactionRow = Pick<Selectable<ReactionsTable>, (typeof reactionColumns)[number]>;

export const emotionsOf = (row: { emotions: string }) => JSON.parse(row.emotions) as string[];

/** The caller's own reaction; 404 for anyone else's, so existence is never revealed. */
export async function findOwnReaction(db: Db, userId: string, id: string): Promise<ReactionRow> {
  const row = await db
    .selectFrom('reactions')
    .select(reactionColumns)
    .where('id', '=', id)
    .where('userId', '=', userId)
    .executeTakeFirst();
  if (!row) throw notFound('No such reaction.');
  return row;
}

/** A page of a person's reactions, newest first, between two calendar dates when given. */
export async function listReactions(db: Db, userId: string, query: ReactionQuery) {
  const { from, to, limit, cursor } = query;
  if (from && to && from > to) {
    throw badRequest('validation_failed', '`from` is after `to`.', [
      { path: ['from'], message: 'Choose a start on or before the end.' },
    ]);
  }
  let select = db
    .selectFrom('reactions')
    .select(reactionColumns)
    .where('userId', '=', userId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1);
  if (from) select = select.where('date', '>=', from);
  if (to) select = select.where('date', '<=', to);
  if (cursor) {
    const { at, id } = cursor;
    select = select.where(({ or, and, eb }) =>
      or([eb('at', '<', at), and([eb('at', '=', at), eb('id', '<', id)])]),
    );
  }
  return toPage(await select.execute(), limit, 'timed', (row) => row);
}

/**
 * The names of the people the app knows a person by: their own and their team colleagues' (names
 * they already see in their teams), so that no name becomes a trigger word.
 */
async function peopleKnownTo(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select('users.name')
    .where((eb) =>
      eb.or([
        eb('users.id', '=', userId),
        eb(
          'users.id',
          'in',
          eb
            .selectFrom('teamMembers as theirs')
            .innerJoin('teamMembers as mine', 'mine.teamId', 'theirs.teamId')
            .select('theirs.userId')
            .where('mine.userId', '=', userId),
        ),
      ]),
    )
    .execute();
  return rows.map((r) => r.name);
}

/** What kept setting a person off over the `days` calendar days that end on `today`. */
export async function reactionPatternsOf(db: Db, userId: string, today: string, days: number) {
  const from = addDays(today, 1 - days);
  const rows = await db
    .selectFrom('reactions')
    .select(['trigger', 'emotions', 'intensity'])
    .where('userId', '=', userId)
    .where('date', '>=', from)
    .where('date', '<=', today)
    .execute();
  const patterns = reactionPatterns(
    rows.map((r) => ({ trigger: r.trigger, emotions: emotionsOf(r), intensity: r.intensity })),
    { people: rows.length > 0 ? await peopleKnownTo(db, userId) : [] },
  );
  return { from, to: today, reactions: rows.length, ...patterns };
}
