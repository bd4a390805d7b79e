import { z } from 'zod';
import { Email } from './accounts';
import { Timestamp } from './common';

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
  teams: z.array(z.object({ id: z.string(), name: z.string(), memberCount: z.number().int() })),
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
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;
export const AcceptedInvitation = z.object({ orgId: z.string(), role: OrgRole });

export const MemberRoleBody = z.object({ role: OrgRole });
export const CreateTeamBody = z.object({ name: Name('team') });
export const UpdateTeamBody = z
  .object({
    name: Name('team').optional(),
    membersMayEditVision: z
      .boolean()
      .optional()
      .describe('Let members, not only leaders, write the team’s vision and outcomes'),
  })
  .refine((b) => b.name !== undefined || b.membersMayEditVision !== undefined, {
    message: 'Send something to change.',
  });
export const TeamMemberBody = z.object({ role: TeamRole });

export const Team = z
  .object({
    id: z.string(),
    orgId: z.string(),
    name: z.string(),
    membersMayEditVision: z
      .boolean()
      .describe('The vision itself is team content: GET /api/teams/:id/vision, members only'),
    myRole: TeamRole.nullable(),
    members: z.array(
      z.object({ userId: z.string(), name: z.string(), role: TeamRole, joinedAt: Timestamp }),
    ),
    createdAt: Timestamp,
  })
  .meta({ id: 'Team' });
export type Team = z.infer<typeof Team>;

export const OrgParams = z.object({ id: z.string().min(1).max(64) });
export const OrgMemberParams = OrgParams.extend({ userId: z.string().min(1).max(64) });
export const InvitationParams = OrgParams.extend({ invitationId: z.string().min(1).max(64) });
export const TokenParams = z.object({ token: z.string().min(1).max(200) });
