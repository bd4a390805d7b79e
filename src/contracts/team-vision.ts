import { z } from 'zod';
import { pageQuery, Timestamp } from './common';

/** The longest team vision, in characters of Markdown. */
export const MAX_TEAM_VISION = 20_000;
/** How many outcomes a team may hold. */
export const MAX_TEAM_OUTCOMES = 30;
export const MAX_OUTCOME_TITLE = 200;
export const MAX_OUTCOME_DESCRIPTION = 4000;

const Id = z.string().min(1).max(64);

export const TeamVisionBody = z.object({
  vision: z
    .string()
    .trim()
    .max(MAX_TEAM_VISION, { message: `Use at most ${MAX_TEAM_VISION} characters.` })
    .describe('The team’s shared vision, in Markdown; empty clears it'),
});
export type TeamVisionBody = z.infer<typeof TeamVisionBody>;

const OutcomeTitle = z
  .string()
  .trim()
  .min(1, { message: 'Name the outcome.' })
  .max(MAX_OUTCOME_TITLE, { message: `Use at most ${MAX_OUTCOME_TITLE} characters.` });
const OutcomeDescription = z
  .string()
  .trim()
  .max(MAX_OUTCOME_DESCRIPTION, { message: `Use at most ${MAX_OUTCOME_DESCRIPTION} characters.` })
  .describe('Markdown');

export const CreateOutcomeBody = z.object({
  title: OutcomeTitle,
  description: OutcomeDescription.default(''),
});
export type CreateOutcomeBody = z.infer<typeof CreateOutcomeBody>;

export const UpdateOutcomeBody = z
  .object({ title: OutcomeTitle.optional(), description: OutcomeDescription.optional() })
  .refine((b) => b.title !== undefined || b.description !== undefined, {
    message: 'Send something to change.',
  });
export type UpdateOutcomeBody = z.infer<typeof UpdateOutcomeBody>;

export const OutcomeOrderBody = z.object({
  outcomeIds: z
    .array(Id)
    .max(MAX_TEAM_OUTCOMES)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'Name each outcome once.' })
    .describe('Every outcome of the team, each once, in the new order'),
});
export type OutcomeOrderBody = z.infer<typeof OutcomeOrderBody>;

export const TeamParams = z.object({ id: Id.describe('The team') });
export const TeamOutcomeParams = TeamParams.extend({ outcomeId: Id });
export const OutcomeLinkParams = TeamOutcomeParams.extend({
  aspirationId: Id.describe('One of my aspirations'),
});

const Person = z.object({ id: z.string(), name: z.string() });

export const AlignedAspiration = z
  .object({
    id: z.string().describe('Read it through GET /api/shared/aspiration/:id (mine: my own page)'),
    title: z.string(),
    owner: Person,
    mine: z.boolean().describe('My own aspiration: I may unlink it'),
    linkedAt: Timestamp,
  })
  .meta({ id: 'AlignedAspiration' });

export const TeamOutcome = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string().describe('Markdown'),
    position: z.number().int().describe('0-based place in the team’s order'),
    aspirations: z
      .array(AlignedAspiration)
      .describe(
        'Aspirations linked to it that I may read now (mine, or shared with me, my team or my organization); others are left out and not counted',
      ),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'TeamOutcome' });
export type TeamOutcome = z.infer<typeof TeamOutcome>;

export const TeamVision = z
  .object({
    teamId: z.string(),
    teamName: z.string(),
    vision: z.string().describe('Markdown; empty until someone writes it'),
    visionUpdatedAt: Timestamp.nullable(),
    visionUpdatedBy: Person.nullable().describe('null before the first write, or once deleted'),
    membersMayEditVision: z.boolean(),
    myRole: z.enum(['member', 'leader']),
    canEdit: z.boolean().describe('Whether I may write the vision and the outcomes'),
    outcomes: z.array(TeamOutcome).describe('In the team’s order'),
  })
  .meta({ id: 'TeamVision' });
export type TeamVision = z.infer<typeof TeamVision>;

export const MyTeamAlignment = z
  .object({
    team: Person,
    outcome: z.object({ id: z.string(), title: z.string() }),
    aspiration: z.object({ id: z.string(), title: z.string() }),
    linkedAt: Timestamp,
  })
  .meta({ id: 'MyTeamAlignment' });

/** My alignments are paged by link: outcome id, then aspiration id. */
export const MyAlignmentQuery = pageQuery('linked').extend({
  aspirationId: Id.optional().describe('Only the links of this aspiration of mine'),
});
export type MyAlignmentQuery = z.infer<typeof MyAlignmentQuery>;
