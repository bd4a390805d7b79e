import { z } from 'zod';
import { LEVEL_MAX, LEVEL_MIN } from '../core/tension';
import { cursorOf, IdParams, pageOf, Timestamp } from './common';
import {
  ASPIRATION_STATUSES,
  LIFE_DOMAINS,
  MAX_EVIDENCE_LENGTH,
  MAX_VALUES,
} from './vision-limits';

export { ASPIRATION_STATUSES, LIFE_DOMAINS, MAX_EVIDENCE_LENGTH, MAX_VALUES };

/** A 0–10 level: where I choose to be (vision) or where I honestly am (reality). */
export const Level = z.number().int().min(LEVEL_MIN).max(LEVEL_MAX).describe('0–10');

export const LifeDomain = z.enum(LIFE_DOMAINS);
export type LifeDomain = z.infer<typeof LifeDomain>;

export const AspirationStatus = z.enum(ASPIRATION_STATUSES);
export type AspirationStatus = z.infer<typeof AspirationStatus>;

/**
 * When something happened, for imports and backfills: an ISO 8601 instant with an offset. Not in
 * the future (checked by the server, which owns the clock). Absent = now.
 */
export const At = z.iso
  .datetime({ offset: true, message: 'Use an ISO 8601 date and time, e.g. 2026-11-23T08:00:00Z.' })
  .describe('ISO 8601 instant; not in the future; defaults to now');

const text = (max: number, empty: string) =>
  z
    .string()
    .trim()
    .min(1, { message: empty })
    .max(max, { message: `Use at most ${max} characters.` });

// ── Purpose ────────────────────────────────────────────────────────────────

export const PurposeBody = z.object({ text: text(2000, 'Write a few words about your why.') });
export type PurposeBody = z.infer<typeof PurposeBody>;

export const PurposeRevision = z.object({ id: z.string(), text: z.string(), at: Timestamp });
export type PurposeRevision = z.infer<typeof PurposeRevision>;

export const Purpose = z
  .object({
    text: z.string().nullable().describe('The current purpose; null until written'),
    updatedAt: Timestamp.nullable(),
    revisions: z.array(PurposeRevision).describe('Every version, newest first'),
  })
  .meta({ id: 'Purpose' });
export type Purpose = z.infer<typeof Purpose>;

// ── Values ─────────────────────────────────────────────────────────────────

export const CreateValueBody = z.object({
  name: text(60, 'Name the value.'),
  description: z.string().trim().max(280).default(''),
});
export type CreateValueBody = z.input<typeof CreateValueBody>;

export const UpdateValueBody = z
  .object({
    name: text(60, 'Name the value.').optional(),
    description: z.string().trim().max(280).optional(),
  })
  .refine((b) => b.name !== undefined || b.description !== undefined, {
    message: 'Send a name or a description to change.',
  });
export type UpdateValueBody = z.infer<typeof UpdateValueBody>;

export const ValueOrderBody = z.object({
  ids: z
    .array(z.string().max(64))
    .max(MAX_VALUES)
    .describe('All my value ids, most important first'),
});

export const Value = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    rank: z.number().int().describe('1 = most important'),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Value' });
export type Value = z.infer<typeof Value>;

/**
 * A person's values, most important first, always whole: nobody keeps more than MAX_VALUES
 * (adding one more answers 409 `too_many_values`), so the list is one page and `nextCursor` is null.
 */
export const ValueList = pageOf(Value);

// ── Aspirations ────────────────────────────────────────────────────────────

export const CreateAspirationBody = z.object({
  title: text(120, 'Give the aspiration a short title.'),
  domain: LifeDomain,
  vision: text(4000, 'Describe what you want to create, in your own words.'),
  visionLevel: Level,
  at: At.optional(),
});
export type CreateAspirationBody = z.infer<typeof CreateAspirationBody>;

export const UpdateAspirationBody = z
  .object({
    title: text(120, 'Give the aspiration a short title.').optional(),
    domain: LifeDomain.optional(),
    vision: text(4000, 'Describe what you want to create, in your own words.').optional(),
    visionLevel: Level.optional(),
    reason: z
      .string()
      .trim()
      .max(1000)
      .optional()
      .describe('Why the vision changed; required when lowering the vision level'),
    status: AspirationStatus.optional(),
    statusNote: z
      .string()
      .trim()
      .max(4000)
      .optional()
      .describe('A reflection when achieving or releasing'),
    at: At.optional(),
  })
  .refine((b) => Object.keys(b).some((k) => k !== 'at' && k !== 'reason'), {
    message: 'Send something to change.',
  });
export type UpdateAspirationBody = z.infer<typeof UpdateAspirationBody>;

export const AssessmentBody = z.object({
  level: Level,
  evidence: z.string().trim().max(MAX_EVIDENCE_LENGTH).default('').describe('Facts, not wishes'),
  at: At.optional(),
});
export type AssessmentBody = z.input<typeof AssessmentBody>;

export const Assessment = z
  .object({ id: z.string(), at: Timestamp, level: z.number().int(), evidence: z.string() })
  .meta({ id: 'RealityAssessment' });
export type Assessment = z.infer<typeof Assessment>;

export const Revision = z
  .object({
    id: z.string(),
    at: Timestamp,
    vision: z.string(),
    visionLevel: z.number().int(),
    previousVisionLevel: z.number().int().nullable().describe('null for the first version'),
    reason: z.string().nullable(),
  })
  .meta({ id: 'VisionRevision' });
export type Revision = z.infer<typeof Revision>;

export const StepBody = z.object({ text: text(280, 'Describe the next step.') });
export const UpdateStepBody = z
  .object({ text: text(280, 'Describe the next step.').optional(), done: z.boolean().optional() })
  .refine((b) => b.text !== undefined || b.done !== undefined, { message: 'Send text or done.' });
export type UpdateStepBody = z.infer<typeof UpdateStepBody>;

/** The URL parameters of one action step of an aspiration. */
export const StepParams = IdParams.extend({ stepId: z.string().min(1).max(64) });

export const ActionStep = z
  .object({
    id: z.string(),
    text: z.string(),
    done: z.boolean(),
    doneAt: Timestamp.nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: 'ActionStep' });
export type ActionStep = z.infer<typeof ActionStep>;

export const HistoryPoint = z.object({
  at: Timestamp,
  visionLevel: z.number().int(),
  realityLevel: z.number().int().nullable(),
  tension: z.number().int().nullable(),
});
export type HistoryPoint = z.infer<typeof HistoryPoint>;

export const AspirationSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    domain: LifeDomain,
    vision: z.string(),
    visionLevel: z.number().int(),
    realityLevel: z
      .number()
      .int()
      .nullable()
      .describe('The latest assessment; null before the first'),
    tension: z.number().int().nullable().describe('visionLevel − realityLevel'),
    realityChange: z.number().int().nullable().describe('Latest assessment minus the one before'),
    lastAssessedAt: Timestamp.nullable(),
    previousAssessedAt: Timestamp.nullable().describe(
      'When the assessment before the latest was made',
    ),
    eroding: z.boolean(),
    history: z.array(HistoryPoint).describe('Ordered by time; step-wise constant between points'),
    nextSteps: z.array(ActionStep).describe('The first open action steps (at most 3)'),
    status: AspirationStatus,
    statusNote: z.string().nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Aspiration' });
export type AspirationSummary = z.infer<typeof AspirationSummary>;

export const AspirationDetail = AspirationSummary.extend({
  revisions: z.array(Revision).describe('Vision changes, newest first'),
  assessments: z.array(Assessment).describe('Reality assessments, newest first'),
  steps: z.array(ActionStep),
  erosion: z.object({
    visionDrop: z.number().int(),
    realityRise: z.number().int(),
    reasons: z.array(z.string()).describe('Reasons written at each lowering in the window'),
  }),
}).meta({ id: 'AspirationDetail' });
export type AspirationDetail = z.infer<typeof AspirationDetail>;

export const AspirationListQuery = z.object({
  status: z.enum([...ASPIRATION_STATUSES, 'all']).default('all'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: cursorOf('id').optional(),
});

export const OnboardingState = z.enum(['pending', 'done', 'skipped']);
export type OnboardingState = z.infer<typeof OnboardingState>;
