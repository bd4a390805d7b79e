import { pageOf } from '../../../contracts/common';
import {
  CreateOutcomeBody,
  MyAlignmentQuery,
  MyTeamAlignment,
  OutcomeLinkParams,
  OutcomeOrderBody,
  TeamOutcome,
  TeamOutcomeParams,
  TeamParams,
  TeamVision,
  TeamVisionBody,
  UpdateOutcomeBody,
} from '../../../contracts/team-vision';
import type { Db } from '../../db/database';
import { type Auth, callerId } from '../../http/authenticate';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import {
  createOutcome,
  deleteOutcome,
  linkAspiration,
  reorderOutcomes,
  unlinkAspiration,
  updateOutcome,
  writeTeamVision,
} from './commands';
import { presentOutcome, presentTeamVision } from './presenters';
import { loadTeamVision, myAlignments, type OutcomeRow, visibleLinks } from './queries';

async function visionFor(db: Db, teamId: string, userId: string) {
  return presentTeamVision(await loadTeamVision(db, teamId, userId), userId);
}

async function outcomeFor(db: Db, teamId: string, userId: string, row: OutcomeRow) {
  return presentOutcome(row, await visibleLinks(db, teamId, userId), userId);
}

/**
 * A team's shared vision and outcomes — team content, for the team's members only — and the
 * opt-in alignment of members' aspirations with its outcomes, shown only where shared.
 */
export async function teamVisionRoutes(app: App, { db }: ServerDeps) {
  const route = routeTable(app, 'team vision');

  /** Runs a change to the team's vision for the caller, then answers the vision they see. */
  async function changed(
    request: { auth: Auth | null; params: { id: string } },
    change: (teamId: string, userId: string) => Promise<unknown>,
  ) {
    const userId = callerId(request);
    await change(request.params.id, userId);
    return visionFor(db, request.params.id, userId);
  }

  route.get(
    '/api/teams/:id/vision',
    {
      summary:
        'The team’s vision and outcomes, with the aligned aspirations I may read (team members only)',
      params: TeamParams,
      reply: TeamVision,
      errors: [401, 404],
    },
    async (request) => visionFor(db, request.params.id, callerId(request)),
  );
  route.put(
    '/api/teams/:id/vision',
    {
      summary: 'Write the team’s vision (leaders; members when the team allows)',
      params: TeamParams,
      body: TeamVisionBody,
      reply: TeamVision,
      errors: [400, 401, 403, 404, 413],
    },
    async (request) =>
      changed(request, (teamId, userId) =>
        writeTeamVision(db, teamId, userId, request.body.vision),
      ),
  );
  route.post(
    '/api/teams/:id/outcomes',
    {
      summary: 'Add an outcome at the end of the team’s list (leaders; members when allowed)',
      params: TeamParams,
      body: CreateOutcomeBody,
      reply: TeamOutcome,
      status: 201,
      errors: [400, 401, 403, 404],
    },
    async (request) => {
      const userId = callerId(request);
      const row = await createOutcome(db, request.params.id, userId, request.body);
      return outcomeFor(db, request.params.id, userId, row);
    },
  );
  route.put(
    '/api/teams/:id/outcomes/order',
    {
      summary: 'Put the team’s outcomes in a new order (every outcome, each once)',
      params: TeamParams,
      body: OutcomeOrderBody,
      reply: TeamVision,
      errors: [400, 401, 403, 404],
    },
    async (request) =>
      changed(request, (teamId, userId) =>
        reorderOutcomes(db, teamId, userId, request.body.outcomeIds),
      ),
  );
  route.patch(
    '/api/teams/:id/outcomes/:outcomeId',
    {
      summary: 'Change an outcome’s title or description (leaders; members when allowed)',
      params: TeamOutcomeParams,
      body: UpdateOutcomeBody,
      reply: TeamOutcome,
      errors: [400, 401, 403, 404],
    },
    async (request) => {
      const userId = callerId(request);
      const { id, outcomeId } = request.params;
      return outcomeFor(
        db,
        id,
        userId,
        await updateOutcome(db, id, userId, outcomeId, request.body),
      );
    },
  );
  route.delete(
    '/api/teams/:id/outcomes/:outcomeId',
    {
      summary: 'Remove an outcome and every link to it (leaders; members when allowed)',
      params: TeamOutcomeParams,
      status: 204,
      errors: [401, 403, 404],
    },
    async (request) =>
      deleteOutcome(db, request.params.id, callerId(request), request.params.outcomeId),
  );
  route.put(
    '/api/teams/:id/outcomes/:outcomeId/aspirations/:aspirationId',
    {
      summary:
        'Align one of my aspirations with a team outcome (opt-in; seen only by those it is shared with)',
      params: OutcomeLinkParams,
      status: 204,
      errors: [401, 403, 404],
    },
    async (request) => {
      const { id, outcomeId, aspirationId } = request.params;
      await linkAspiration(db, id, callerId(request), outcomeId, aspirationId);
    },
  );
  route.delete(
    '/api/teams/:id/outcomes/:outcomeId/aspirations/:aspirationId',
    {
      summary: 'Withdraw my aspiration’s alignment with a team outcome',
      params: OutcomeLinkParams,
      status: 204,
      errors: [401, 403, 404],
    },
    async (request) => {
      const { id, outcomeId, aspirationId } = request.params;
      await unlinkAspiration(db, id, callerId(request), outcomeId, aspirationId);
    },
  );
  route.get(
    '/api/team-alignments',
    {
      summary: 'Which outcomes of my teams I aligned my aspirations with',
      query: MyAlignmentQuery,
      reply: pageOf(MyTeamAlignment),
      errors: [400, 401],
    },
    async (request) => myAlignments(db, callerId(request), request.query),
  );
}
