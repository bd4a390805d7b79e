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
import { listRoute } from '../../http/list-route';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
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
export async function teamRoutes(app: App, { db }: ServerDeps) {
  const route = routeTable(app, 'teams');
  route.post(
    '/api/orgs/:id/teams',
    {
      summary: 'Create a team (admins and facilitators); lead it myself only if I say so now',
      params: OrgParams,
      body: CreateTeamBody,
      reply: Team,
      status: 201,
      errors: [400, 401, 403, 404],
    },
    async (request) => createTeam(db, request.params.id, callerId(request), request.body),
  );
  route.get(
    '/api/teams/:id',
    {
      summary: 'A team of my organization: its members and settings (its vision: members only)',
      params: TeamParams,
      reply: Team,
      errors: [401, 404],
    },
    async (request) => loadTeam(db, request.params.id, callerId(request)),
  );
  route.patch(
    '/api/teams/:id',
    {
      summary:
        'Rename the team or let members write its vision (leaders and org admins); open or close it to joining (leaders)',
      params: TeamParams,
      body: UpdateTeamBody,
      reply: Team,
      errors: [400, 401, 403, 404],
    },
    async (request) => updateTeam(db, request.params.id, callerId(request), request.body),
  );
  route.put(
    '/api/teams/:id/members/:userId',
    {
      summary:
        'Add a member of the organization to the team, as leader or member (leaders and org admins); with my own id, join a team open to joining (403 consent_required otherwise)',
      params: TeamMemberParams,
      body: TeamMemberBody,
      reply: Team,
      errors: [400, 401, 403, 404, 409],
    },
    async ({ params, body, auth }) =>
      setTeamMember(db, params.id, callerId({ auth }), params.userId, body.role),
  );
  route.delete(
    '/api/teams/:id/members/:userId',
    {
      summary: 'Remove someone from the team, or leave it; their shares with the team end',
      params: TeamMemberParams,
      status: 204,
      errors: [401, 403, 404],
    },
    async ({ params, auth }) => removeTeamMember(db, params.id, callerId({ auth }), params.userId),
  );
  route.post(
    '/api/teams/:id/join-requests',
    {
      summary: 'Ask to join a closed team; one of its leaders answers',
      params: TeamParams,
      reply: Team,
      status: 201,
      errors: [401, 404, 409],
    },
    async (request) => askToJoin(db, request.params.id, callerId(request)),
  );
  for (const [path, answer, verb] of [
    ['approve', 'approved', 'Approve'],
    ['decline', 'declined', 'Decline'],
  ] as const) {
    route.post(
      `/api/teams/:id/join-requests/:requestId/${path}`,
      {
        summary: `${verb} a request to join (the team’s leaders)`,
        params: JoinRequestParams,
        reply: Team,
        errors: [401, 403, 404, 409],
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
  listRoute(
    route,
    '/api/teams/:id/history',
    {
      summary: 'Who joined, left, was added or removed, by whom and when (the team’s members)',
      item: MembershipEvent,
      params: TeamParams,
      errors: [400, 401, 404],
    },
    (userId, page, { id }) => membershipHistory(db, id, userId, page),
  );
}
