import { z } from 'zod';
import { Email } from './accounts';
import { Person, Timestamp } from './common';

export const OrgRole = z.enum(['member', 'facilitator', 'admin']);
export type OrgRole = z.infer<typeof OrgRole>;
export const TeamRole = z.enum(['member', 'leader']);
export type TeamRole = z.infer<typeof TeamRole>;

const Name = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { message: `Name the ${what}.` })
    .max(120);

export const CreateOrgBody = z.object({ name: Name('organization') });
export const UpdateOrgBody = z
  .object({
    name: Name('organization').optional(),
    minGroupSize: z
      .number()
      .int()
      .min(3)
      .max(50)
      .optional()
      .describe('k: the smallest group any statistic is shown for'),
  })
  .refine((b) => b.name !== undefined || b.minGroupSize !== undefined, {
    message: 'Send something to change.',
  });

export const OrgSummary = z
  .object({
    id: z.string(),
    name: z.string(),
    role: OrgRole,
    minGroupSize: z.number().int(),
    createdAt: Timestamp,
  })
  .meta({ id: 'Organization' });
export type OrgSummary = z.infer<typeof OrgSummary>;

export const OrgMember = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string().nullable().describe('Shown to admins only'),
  role: OrgRole,
  joinedAt: Timestamp,
});
export type OrgMember = z.infer<typeof OrgMember>;

export const OrgDetail = OrgSummary.extend({
  members: z.array(OrgMember),
  teams: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      memberCount: z.number().int(),
      openToJoin: z.boolean().describe('Anyone in the organization may join it'),
      myRole: TeamRole.nullable().describe('My role in the team; null when I am not in it'),
    }),
  ),
}).meta({ id: 'OrganizationDetail' });
export type OrgDetail = z.infer<typeof OrgDetail>;

export const InvitationBody = z.object({ email: Email, role: OrgRole.default('member') });
export const CreatedInvitation = z.object({
  id: z.string(),
  token: z.string().describe('Single use; shown once'),
  url: z.string(),
  email: z.string(),
  role: OrgRole,
  expiresAt: Timestamp,
});
export type CreatedInvitation = z.infer<typeof CreatedInvitation>;
export const PendingInvitation = z.object({
  id: z.string(),
  email: z.string(),
  role: OrgRole,
  expiresAt: Timestamp,
  createdAt: Timestamp,
});
export type PendingInvitation = z.infer<typeof PendingInvitation>;
export const InvitationPreview = z.object({
  orgName: z.string(),
  role: OrgRole,
  expiresAt: Timestamp,
  forMe: z
    .boolean()
    .describe(
      'Whether it was sent to my email: only that account may accept it (false signed out)',
    ),
  invitedBy: z
    .string()
    .nullable()
    .describe('The name of the person who invited, as it is now; null when their account is gone'),
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;
export const AcceptedInvitation = z.object({ orgId: z.string(), role: OrgRole });

export const MemberRoleBody = z.object({ role: OrgRole });
const OpenToJoin = z
  .boolean()
  .describe('Anyone in the organization may join; otherwise joining takes a leader’s approval');
export const CreateTeamBody = z.object({
  name: Name('team'),
  lead: z
    .boolean()
    .default(false)
    .describe('I lead the new team (the only moment one can place oneself in a closed team)'),
  openToJoin: OpenToJoin.default(false),
});
export const UpdateTeamBody = z
  .object({
    name: Name('team').optional(),
    membersMayEditVision: z
      .boolean()
      .optional()
      .describe('Let members, not only leaders, write the team’s vision and outcomes'),
    openToJoin: OpenToJoin.optional().describe('The team’s leaders only'),
  })
  .refine(
    (b) =>
      b.name !== undefined || b.membersMayEditVision !== undefined || b.openToJoin !== undefined,
    {
      message: 'Send something to change.',
    },
  );
export const TeamMemberBody = z.object({ role: TeamRole });

export const JoinRequest = z
  .object({ id: z.string(), userId: z.string(), name: z.string(), createdAt: Timestamp })
  .meta({ id: 'JoinRequest' });
export type JoinRequest = z.infer<typeof JoinRequest>;

export const Team = z
  .object({
    id: z.string(),
    orgId: z.string(),
    name: z.string(),
    membersMayEditVision: z
      .boolean()
      .describe('The vision itself is team content: GET /api/teams/:id/vision, members only'),
    openToJoin: OpenToJoin,
    myRole: TeamRole.nullable(),
    myJoinRequestAt: Timestamp.nullable().describe('When I asked to join, while it waits'),
    members: z.array(
      z.object({ userId: z.string(), name: z.string(), role: TeamRole, joinedAt: Timestamp }),
    ),
    joinRequests: z
      .array(JoinRequest)
      .describe('Requests waiting for an answer: shown to the team’s leaders only'),
    createdAt: Timestamp,
  })
  .meta({ id: 'Team' });
export type Team = z.infer<typeof Team>;

export const MembershipChange = z.enum([
  'joined',
  'left',
  'added',
  'removed',
  'role_changed',
  'requested',
  'approved',
  'declined',
  'opened',
  'closed',
]);
export type MembershipChange = z.infer<typeof MembershipChange>;

/** One line of a team's membership history. */
export const MembershipEvent = z
  .object({
    id: z.string(),
    change: MembershipChange,
    person: Person.describe('Whom the change was about (for opened and closed: who did it)'),
    by: Person.nullable().describe('Who made the change; null once their account is deleted'),
    role: TeamRole.nullable(),
    at: Timestamp,
  })
  .meta({ id: 'MembershipEvent' });
export type MembershipEvent = z.infer<typeof MembershipEvent>;

export const OrgParams = z.object({ id: z.string().min(1).max(64) });
export const OrgMemberParams = OrgParams.extend({ userId: z.string().min(1).max(64) });
export const InvitationParams = OrgParams.extend({ invitationId: z.string().min(1).max(64) });
export const TeamParams = z.object({ id: z.string().min(1).max(64) });
export const TeamMemberParams = TeamParams.extend({ userId: z.string().min(1).max(64) });
export const JoinRequestParams = TeamParams.extend({ requestId: z.string().min(1).max(64) });
export const TokenParams = z.object({ token: z.string().min(1).max(200) });
