import { z } from 'zod';
import { cursorOf, Timestamp } from './common';
import { Finding } from './reflections';

export const BELIEF_KINDS = ['limiting', 'empowering'] as const;
export const BeliefKind = z.enum(BELIEF_KINDS);
export type BeliefKind = z.infer<typeof BeliefKind>;

export const MAX_STATEMENT = 1000;
export const MAX_BELIEF_TEXT = 4000;

const statement = z
  .string()
  .trim()
  .min(1, { message: 'Write the belief in your own words.' })
  .max(MAX_STATEMENT, { message: `Use at most ${MAX_STATEMENT} characters.` });
const text = z
  .string()
  .trim()
  .max(MAX_BELIEF_TEXT, { message: `Use at most ${MAX_BELIEF_TEXT} characters.` });

export const CreateBeliefBody = z.object({
  statement,
  kind: BeliefKind,
  evidenceFor: text.default('').describe('What seems to support it'),
  evidenceAgainst: text.default('').describe('What speaks against it'),
  reframe: text.default('').describe('A truer, more useful way to say it'),
  sourceReflectionId: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .describe('The reflection it was noticed in (one of mine)'),
});
export type CreateBeliefBody = z.input<typeof CreateBeliefBody>;

export const UpdateBeliefBody = z
  .object({
    statement: statement.optional(),
    kind: BeliefKind.optional(),
    evidenceFor: text.optional(),
    evidenceAgainst: text.optional(),
    reframe: text.optional(),
    sourceReflectionId: z
      .string()
      .min(1)
      .max(64)
      .nullable()
      .optional()
      .describe('One of my reflections, or null to unlink'),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'Send something to change.',
  });
export type UpdateBeliefBody = z.infer<typeof UpdateBeliefBody>;

export const BeliefQuery = z.object({
  kind: BeliefKind.optional(),
  reflection: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .describe('Only the beliefs examined from this reflection of mine'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: cursorOf('id').optional(),
});
export type BeliefQuery = z.infer<typeof BeliefQuery>;

export const Belief = z
  .object({
    id: z.string(),
    statement: z.string(),
    kind: BeliefKind,
    evidenceFor: z.string(),
    evidenceAgainst: z.string(),
    reframe: z.string(),
    sourceReflectionId: z
      .string()
      .nullable()
      .describe('null when none was given or the reflection was deleted'),
    limitingLanguage: z.array(Finding).describe('Limiting phrases in the statement'),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Belief' });
export type Belief = z.infer<typeof Belief>;
