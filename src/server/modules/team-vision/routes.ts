import { NoContent, pageOf } from '../../../contracts/common';
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
import { callerId } from '../../http/authenticate';
import { type App, errorResponses, type ServerDeps } from '../../http/types';
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
export async function teamVisionRoutes(app: App, deps: ServerDeps) {
  const { db } = deps;
  const tags = ['team vision'];

  app.get(
    '/api/teams/:id/vision',
    {
      schema: {
        tags,
        summary:
          'The team’s vision and outcomes, with the aligned aspirations I may read (team members only)',
        params: TeamParams,
        response: { 200: TeamVision, ...errorResponses(401, 404) },
      },
    },
    async (request) => visionFor(db, request.params.id, callerId(request)),
  );

  app.put(
    '/api/teams/:id/vision',
    {
      schema: {
        tags,
        summary: 'Write the team’s vision (leaders; members when the team allows)',
        params: TeamParams,
        body: TeamVisionBody,
        response: { 200: TeamVision, ...errorResponses(400, 401, 403, 404, 413) },
      },
    },
    async (request) => {
      const userId = callerId(request);
      await writeTeamVision(db, request.params.id, userId, request.body.vision);
      return visionFor(db, request.params.id, userId);
    },
  );

  app.post(
    '/api/teams/:id/outcomes',
    {
      schema: {
        tags,
        summary: 'Add an outcome at the end of the team’s list (leaders; members when allowed)',
        params: TeamParams,
        body: CreateOutcomeBody,
        response: { 201: TeamOutcome, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const userId = callerId(request);
      const row = await createOutcome(db, request.params.id, userId, request.body);
      return reply.status(201).send(await outcomeFor(db, request.params.id, userId, row));
    },
  );

  app.put(
    '/api/teams/:id/outcomes/order',
    {
      schema: {
        tags,
        summary: 'Put the team’s outcomes in a new order (every outcome, each once)',
        params: TeamParams,
        body: OutcomeOrderBody,
        response: { 200: TeamVision, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const userId = callerId(request);
      await reorderOutcomes(db, request.params.id, userId, request.body.outcomeIds);
      return visionFor(db, request.params.id, userId);
    },
  );

  app.patch(
    '/api/teams/:id/outcomes/:outcomeId',
    {
      schema: {
        tags,
        summary: 'Change an outcome’s title or description (leaders; members when allowed)',
        params: TeamOutcomeParams,
        body: UpdateOutcomeBody,
        response: { 200: TeamOutcome, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const userId = callerId(request);
      const { id, outcomeId } = request.params;
      const row = await updateOutcome(db, id, userId, outcomeId, request.body);
      return outcomeFor(db, id, userId, row);
    },
  );

  app.delete(
    '/api/teams/:id/outcomes/:outcomeId',
    {
      schema: {
        tags,
        summary: 'Remove an outcome and every link to it (leaders; members when allowed)',
        params: TeamOutcomeParams,
        response: { 204: NoContent, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteOutcome(db, request.params.id, callerId(request), request.params.outcomeId);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/teams/:id/outcomes/:outcomeId/aspirations/:aspirationId',
    {
      schema: {
        tags,
        summary:
          'Align one of my aspirations with a team outcome (opt-in; seen only by those it is shared with)',
        params: OutcomeLinkParams,
        response: { 204: NoContent, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { id, outcomeId, aspirationId } = request.params;
      await linkAspiration(db, id, callerId(request), outcomeId, aspirationId);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/teams/:id/outcomes/:outcomeId/aspirations/:aspirationId',
    {
      schema: {
        tags,
        summary: 'Withdraw my aspiration’s alignment with a team outcome',
        params: OutcomeLinkParams,
        response: { 204: NoContent, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { id, outcomeId, aspirationId } = request.params;
      await unlinkAspiration(db, id, callerId(request), outcomeId, aspirationId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/team-alignments',
    {
      schema: {
        tags,
        summary: 'Which outcomes of my teams I aligned my aspirations with',
        querystring: MyAlignmentQuery,
        response: { 200: pageOf(MyTeamAlignment), ...errorResponses(400, 401) },
      },
    },
    async (request) => ({
      items: await myAlignments(db, callerId(request), request.query.aspirationId),
      nextCursor: null,
    }),
  );
}
