import {
  AcceptedInvitation,
  CreatedInvitation,
  CreateOrgBody,
  InvitationBody,
  InvitationParams,
  InvitationPreview,
  MemberRoleBody,
  OrgDetail,
  OrgMemberParams,
  OrgParams,
  OrgSummary,
  PendingInvitation,
  TokenParams,
  UpdateOrgBody,
} from '../../../contracts/orgs';
import { callerId } from '../../http/authenticate';
import { listRoute } from '../../http/list-route';
import { readAndChangeRoutes } from '../../http/read-and-change-routes';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import {
  acceptInvitation,
  changeMemberRole,
  createOrg,
  inviteToOrg,
  removeMember,
  revokeInvitation,
  updateOrg,
} from './commands';
import { listMyOrgs, orgDetail, pendingInvitations, previewInvitation } from './queries';

/**
 * Organizations: anyone can create one (and is its admin), admins invite by email link and
 * manage members and settings — never content.
 */
export async function orgRoutes(app: App, { db, baseUrl }: ServerDeps) {
  const route = routeTable(app, 'organizations');
  route.post(
    '/api/orgs',
    {
      summary: 'Create an organization; I become its admin',
      body: CreateOrgBody,
      reply: OrgSummary,
      status: 201,
      errors: [400, 401, 403],
    },
    async (request) => {
      const { id, name, role, minGroupSize, createdAt } = await createOrg(
        db,
        callerId(request),
        request.body.name,
      );
      return { id, name, role, minGroupSize, createdAt };
    },
  );
  listRoute(
    route,
    '/api/orgs',
    { summary: 'The organizations I belong to, oldest first', item: OrgSummary },
    (userId, page) => listMyOrgs(db, userId, page),
  );
  readAndChangeRoutes(route, db, {
    path: '/api/orgs/:id',
    params: OrgParams,
    item: OrgDetail,
    read: ['An organization I belong to: members and teams', orgDetail, [401, 404]],
    change: [
      'patch',
      'Rename, or set the minimum group size (admins)',
      UpdateOrgBody,
      updateOrg,
      [400, 401, 403, 404],
    ],
  });
  route.post(
    '/api/orgs/:id/invitations',
    {
      summary: 'Invite someone by email: a single-use link valid for 7 days (admins)',
      params: OrgParams,
      body: InvitationBody,
      reply: CreatedInvitation,
      status: 201,
      errors: [400, 401, 403, 404],
    },
    async (request) => {
      const created = await inviteToOrg(db, request.params.id, callerId(request), request.body);
      return { ...created, url: `${baseUrl}/invitations/${created.token}` };
    },
  );
  listRoute(
    route,
    '/api/orgs/:id/invitations',
    {
      summary: 'Invitations not yet accepted, newest first (admins)',
      item: PendingInvitation,
      params: OrgParams,
      errors: [400, 401, 403, 404],
    },
    (userId, page, { id }) => pendingInvitations(db, id, userId, page),
  );
  route.delete(
    '/api/orgs/:id/invitations/:invitationId',
    {
      summary: 'Withdraw an invitation (admins)',
      params: InvitationParams,
      status: 204,
      errors: [401, 403, 404],
    },
    async ({ params, auth }) =>
      revokeInvitation(db, params.id, callerId({ auth }), params.invitationId),
  );
  route.get(
    '/api/invitations/:token',
    {
      summary:
        'What an invitation is for, before accepting it: the organization, the role and who invited (to the link’s holder, signed in or not)',
      params: TokenParams,
      reply: InvitationPreview,
      errors: [404, 409, 410],
      access: 'public',
    },
    async (request) => previewInvitation(db, request.params.token, request.auth?.userId ?? null),
  );
  route.post(
    '/api/invitations/:token/accept',
    {
      summary: 'Join the organization (once; the link then stops working)',
      params: TokenParams,
      reply: AcceptedInvitation,
      errors: [401, 403, 404, 409, 410],
    },
    async (request) => acceptInvitation(db, request.params.token, callerId(request)),
  );
  route.patch(
    '/api/orgs/:id/members/:userId',
    {
      summary: 'Change a member’s role (admins); there is always an admin',
      params: OrgMemberParams,
      body: MemberRoleBody,
      reply: OrgDetail,
      errors: [400, 401, 403, 404, 409],
    },
    async (request) => {
      const { id, userId } = request.params;
      await changeMemberRole(db, id, callerId(request), userId, request.body.role);
      return orgDetail(db, id, callerId(request));
    },
  );
  route.delete(
    '/api/orgs/:id/members/:userId',
    {
      summary: 'Remove a member (admins) or leave; their team places go too',
      params: OrgMemberParams,
      status: 204,
      errors: [401, 403, 404, 409],
    },
    async ({ params, auth }) => removeMember(db, params.id, callerId({ auth }), params.userId),
  );
}
