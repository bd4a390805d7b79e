import { NoContent, PageQuery, pageOf } from '../../../contracts/common';
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
import { type App, errorResponses, type ServerDeps } from '../../http/types';
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
export async function orgRoutes(app: App, deps: ServerDeps) {
  const { db } = deps;
  const tags = ['organizations'];

  app.post(
    '/api/orgs',
    {
      schema: {
        tags,
        summary: 'Create an organization; I become its admin',
        body: CreateOrgBody,
        response: { 201: OrgSummary, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const org = await createOrg(db, callerId(request), request.body.name);
      return reply.status(201).send({
        id: org.id,
        name: org.name,
        role: org.role,
        minGroupSize: org.minGroupSize,
        createdAt: org.createdAt,
      });
    },
  );

  app.get(
    '/api/orgs',
    {
      schema: {
        tags,
        summary: 'The organizations I belong to, oldest first',
        querystring: PageQuery,
        response: { 200: pageOf(OrgSummary), ...errorResponses(400, 401) },
      },
    },
    async (request) => listMyOrgs(db, callerId(request), request.query),
  );

  app.get(
    '/api/orgs/:id',
    {
      schema: {
        tags,
        summary: 'An organization I belong to: members and teams',
        params: OrgParams,
        response: { 200: OrgDetail, ...errorResponses(401, 404) },
      },
    },
    async (request) => orgDetail(db, request.params.id, callerId(request)),
  );

  app.patch(
    '/api/orgs/:id',
    {
      schema: {
        tags,
        summary: 'Rename, or set the minimum group size (admins)',
        params: OrgParams,
        body: UpdateOrgBody,
        response: { 200: OrgDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => updateOrg(db, request.params.id, callerId(request), request.body),
  );

  app.post(
    '/api/orgs/:id/invitations',
    {
      schema: {
        tags,
        summary: 'Invite someone by email: a single-use link valid for 7 days (admins)',
        params: OrgParams,
        body: InvitationBody,
        response: { 201: CreatedInvitation, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const created = await inviteToOrg(db, request.params.id, callerId(request), request.body);
      return reply
        .status(201)
        .send({ ...created, url: `${deps.baseUrl}/invitations/${created.token}` });
    },
  );

  app.get(
    '/api/orgs/:id/invitations',
    {
      schema: {
        tags,
        summary: 'Invitations not yet accepted, newest first (admins)',
        params: OrgParams,
        querystring: PageQuery,
        response: { 200: pageOf(PendingInvitation), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => pendingInvitations(db, request.params.id, callerId(request), request.query),
  );

  app.delete(
    '/api/orgs/:id/invitations/:invitationId',
    {
      schema: {
        tags,
        summary: 'Withdraw an invitation (admins)',
        params: InvitationParams,
        response: { 204: NoContent, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await revokeInvitation(db, request.params.id, callerId(request), request.params.invitationId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/invitations/:token',
    {
      schema: {
        tags,
        summary: 'What an invitation is for, before accepting it',
        params: TokenParams,
        response: { 200: InvitationPreview, ...errorResponses(401, 404, 409, 410) },
      },
    },
    async (request) => previewInvitation(db, request.params.token, callerId(request)),
  );

  app.post(
    '/api/invitations/:token/accept',
    {
      schema: {
        tags,
        summary: 'Join the organization (once; the link then stops working)',
        params: TokenParams,
        response: { 200: AcceptedInvitation, ...errorResponses(401, 403, 404, 409, 410) },
      },
    },
    async (request) => acceptInvitation(db, request.params.token, callerId(request)),
  );

  app.patch(
    '/api/orgs/:id/members/:userId',
    {
      schema: {
        tags,
        summary: 'Change a member’s role (admins); there is always an admin',
        params: OrgMemberParams,
        body: MemberRoleBody,
        response: { 200: OrgDetail, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const userId = callerId(request);
      await changeMemberRole(
        db,
        request.params.id,
        userId,
        request.params.userId,
        request.body.role,
      );
      return orgDetail(db, request.params.id, userId);
    },
  );

  app.delete(
    '/api/orgs/:id/members/:userId',
    {
      schema: {
        tags,
        summary: 'Remove a member (admins) or leave; their team places go too',
        params: OrgMemberParams,
        response: { 204: NoContent, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await removeMember(db, request.params.id, callerId(request), request.params.userId);
      return reply.status(204).send(null);
    },
  );
}
