import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/database';
import { type LiveNotice, publishAfterCommit } from '../db/live-events';
import type { App } from '../http/types';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A place whose pages change together: a pair space or a team, by the route that wrote it. */
type Place = {
  type: 'pair-space' | 'team';
  key: string;
  table: 'delegation' | 'oneOnOne' | 'team' | 'aar';
};

const PLACES: { prefix: string; place: Omit<Place, 'key'> }[] = [
  { prefix: '/api/delegation/:id', place: { type: 'pair-space', table: 'delegation' } },
  { prefix: '/api/one-on-ones/:id', place: { type: 'pair-space', table: 'oneOnOne' } },
  { prefix: '/api/teams/:id', place: { type: 'team', table: 'team' } },
  { prefix: '/api/aars/:id', place: { type: 'team', table: 'aar' } },
];

/** The place a route writes to, from its URL pattern and its `id` parameter. */
function placeOf(request: FastifyRequest): Place | null {
  const url = request.routeOptions.url ?? '';
  const id = (request.params as Record<string, unknown> | undefined)?.['id'];
  if (typeof id !== 'string') return null;
  const found = PLACES.find(({ prefix }) => url === prefix || url.startsWith(`${prefix}/`));
  return found ? { ...found.place, key: id } : null;
}

/** Who is told of a change in a place, and the id the event carries (the pair space or team). */
async function audienceOf(db: Db, place: Place): Promise<LiveNotice | null> {
  if (place.table === 'delegation') {
    const row = await db
      .selectFrom('delegationAgreements')
      .select(['id', 'leaderId', 'memberId'])
      .where('id', '=', place.key)
      .executeTakeFirst();
    return row
      ? { to: [row.leaderId, row.memberId], event: { type: 'pair-space', id: row.id } }
      : null;
  }
  if (place.table === 'oneOnOne') {
    const row = await db
      .selectFrom('oneOnOnes')
      .select(['id', 'ownerId', 'colleagueId'])
      .where('id', '=', place.key)
      .executeTakeFirst();
    return row
      ? { to: [row.ownerId, row.colleagueId], event: { type: 'pair-space', id: row.id } }
      : null;
  }
  const teamId =
    place.table === 'team'
      ? place.key
      : (
          await db
            .selectFrom('afterActionReviews')
            .select('teamId')
            .where('id', '=', place.key)
            .executeTakeFirst()
        )?.teamId;
  if (teamId === undefined) return null;
  const members = await db
    .selectFrom('teamMembers')
    .select('userId')
    .where('teamId', '=', teamId)
    .execute();
  return { to: members.map((m) => m.userId), event: { type: 'team', id: teamId } };
}

/**
 * Tells the people of a pair space or a team that it changed, after any successful write to one
 * of its routes: who they are is read before the write (so a deleted review or a removed member
 * still counts) and the event is published after the answer, when the write has committed. One
 * place for every route of those pages, so no module needs to remember it.
 */
export function installChangeNotices(app: App, db: Db): void {
  const audiences = new WeakMap<FastifyRequest, LiveNotice>();
  app.addHook('preHandler', async (request) => {
    if (READS.has(request.method) || !request.auth) return;
    const place = placeOf(request);
    const audience = place && (await audienceOf(db, place));
    if (!audience) return;
    // A member taken out of (or added to) a team hears of it too.
    const userId = (request.params as Record<string, unknown>)['userId'];
    if (place.type === 'team' && typeof userId === 'string') audience.to.push(userId);
    // The writer's own page is updated by the write itself (its answer); told live as well, it
    // would read again what it just changed or deleted, and drop what it just ticked from view.
    audience.to = audience.to.filter((id) => id !== request.auth?.userId);
    audiences.set(request, audience);
  });
  app.addHook('onResponse', async (request, reply) => {
    const audience = audiences.get(request);
    if (!audience || reply.statusCode >= 400) return;
    await publishAfterCommit(db, audience).catch((error: unknown) => {
      request.log.warn({ err: error }, 'A live event could not be published');
    });
  });
}
