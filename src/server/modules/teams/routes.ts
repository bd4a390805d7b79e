import { NoContent, PageQuery, pageOf } from '../../../contracts/common';
import {
  CreateTeamBody,
  JoinRequestParams,
  MembershipEvent,
  OrgParams,
  Team,
  TeamMemberBody,
  TeamMemberParams,
  TeamParams,
  UpdateTeamBody,
} from '../../../contracts/orgs';
import { callerId } from '../../http/authenticate';
import { type App, errorResponses, type ServerDeps } from '../../http/types';
import {
  answerJoinRequest,
  askToJoin,
  createTeam,
  removeTeamMember,
  setTeamMember,
  updateTeam,
} from './commands';
import { loadTeam, membershipHistory } from './queries';

/**
 * Teams inside an organization, with leaders and members. Joining takes the team's consent: its
 * open setting or a leader's approval; every membership change is in the team's history.
 */
export async function teamRoutes(app: App, deps: ServerDeps) {
  const { db } = deps;
  const tags = ['teams'];

  app.post(
    '/api/orgs/:id/teams',
    {
      schema: {
        tags,
        summary: 'Create a team (admins and facilitators); lead it myself only if I say so now',
        params: OrgParams,
        body: CreateTeamBody,
        response: { 201: Team, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createTeam(db, request.params.id, callerId(request), request.body)),
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
        summary:
          'Rename the team or let members write its vision (leaders and org admins); open or close it to joining (leaders)',
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
        summary:
          'Add a member of the organization to the team, as leader or member (leaders and org admins); with my own id, join a team open to joining (403 consent_required otherwise)',
        params: TeamMemberParams,
        body: TeamMemberBody,
        response: { 200: Team, ...errorResponses(400, 401, 403, 404, 409) },
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
        summary: 'Remove someone from the team, or leave it; their shares with the team end',
        params: TeamMemberParams,
        response: { 204: NoContent, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await removeTeamMember(db, request.params.id, callerId(request), request.params.userId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/teams/:id/join-requests',
    {
      schema: {
        tags,
        summary: 'Ask to join a closed team; one of its leaders answers',
        params: TeamParams,
        response: { 201: Team, ...errorResponses(401, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await askToJoin(db, request.params.id, callerId(request))),
  );

  for (const [path, answer] of [
    ['approve', 'approved'],
    ['decline', 'declined'],
  ] as const) {
    app.post(
      `/api/teams/:id/join-requests/:requestId/${path}`,
      {
        schema: {
          tags,
          summary: `${path === 'approve' ? 'Approve' : 'Decline'} a request to join (the team’s leaders)`,
          params: JoinRequestParams,
          response: { 200: Team, ...errorResponses(401, 403, 404, 409) },
        },
      },
      async (request) =>
        answerJoinRequest(
          db,
          request.params.id,
          callerId(request),
          request.params.requestId,
          answer,
        ),
    );
  }

  app.get(
    '/api/teams/:id/history',
    {
      schema: {
        tags,
        summary: 'Who joined, left, was added or removed, by whom and when (the team’s members)',
        params: TeamParams,
        querystring: PageQuery,
        response: { 200: pageOf(MembershipEvent), ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => membershipHistory(db, request.params.id, callerId(request), request.query),
  );
}
