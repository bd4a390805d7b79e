import { z } from 'zod';
import { NoContent } from '../../../contracts/common';
import {
  CreateTeamBody,
  OrgParams,
  Team,
  TeamMemberBody,
  UpdateTeamBody,
} from '../../../contracts/orgs';
import { callerId } from '../../http/authenticate';
import { type App, errorResponses, type ServerDeps } from '../../http/types';
import { createTeam, loadTeam, removeTeamMember, setTeamMember, updateTeam } from './commands';

const TeamParams = z.object({ id: z.string().min(1).max(64) });
const TeamMemberParams = TeamParams.extend({ userId: z.string().min(1).max(64) });

/** Teams inside an organization, with leaders and members. */
export async function teamRoutes(app: App, deps: ServerDeps) {
  const { db } = deps;
  const tags = ['teams'];

  app.post(
    '/api/orgs/:id/teams',
    {
      schema: {
        tags,
        summary: 'Create a team (admins and facilitators)',
        params: OrgParams,
        body: CreateTeamBody,
        response: { 201: Team, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createTeam(db, request.params.id, callerId(request), request.body.name)),
  );

  app.get(
    '/api/teams/:id',
    {
      schema: {
        tags,
        summary: 'A team of my organization: its members and settings (its vision: members only)',
        params: TeamParams,
        response: { 200: Team, ...errorResponses(401, 404) },
      },
    },
    async (request) => loadTeam(db, request.params.id, callerId(request)),
  );

  app.patch(
    '/api/teams/:id',
    {
      schema: {
        tags,
        summary: 'Rename the team, or let members write its vision (leaders and org admins)',
        params: TeamParams,
        body: UpdateTeamBody,
        response: { 200: Team, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => updateTeam(db, request.params.id, callerId(request), request.body),
  );

  app.put(
    '/api/teams/:id/members/:userId',
    {
      schema: {
        tags,
        summary: 'Add a member of the organization to the team, as leader or member',
        params: TeamMemberParams,
        body: TeamMemberBody,
        response: { 200: Team, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      setTeamMember(
        db,
        request.params.id,
        callerId(request),
        request.params.userId,
        request.body.role,
      ),
  );

  app.delete(
    '/api/teams/:id/members/:userId',
    {
      schema: {
        tags,
        summary: 'Remove someone from the team, or leave it',
        params: TeamMemberParams,
        response: { 204: NoContent, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await removeTeamMember(db, request.params.id, callerId(request), request.params.userId);
      return reply.status(204).send(null);
    },
  );
}
