import { z } from 'zod';
import { mondayOfIsoWeek } from '../core/calendar';
import { cursorOf, Timestamp } from './common';
import { MAX_VALUES } from './vision';

/** The longest free text in a weekly review (each answer, each piece of evidence). */
export const MAX_REVIEW_TEXT = 4000;

/** How many weeks back the alignment trend can look at most (five years). */
export const MAX_TREND_WEEKS = 260;

/** An ISO week that exists, e.g. 2026-W47 (2026-W54 and 2025-W53 do not). */
export const IsoWeek = z
  .string()
  .regex(/^\d{4}-W\d{2}$/, { message: 'Use an ISO week, e.g. 2026-W47.' })
  .refine((week) => mondayOfIsoWeek(week) !== null, { message: 'That week does not exist.' })
  .describe('ISO week, e.g. 2026-W47');

const reviewText = z
  .string()
  .trim()
  .max(MAX_REVIEW_TEXT, { message: `Use at most ${MAX_REVIEW_TEXT} characters.` });

/** A value rated for a week: how well the week's actions reflected it. */
export const ValueRatingBody = z.object({
  valueId: z.string().min(1).max(64).describe('One of my values'),
  rating: z.number().int().min(0).max(10).describe('0–10'),
  evidence: reviewText.optional().describe('What I did (or did not do) that shows it'),
});
export type ValueRatingBody = z.infer<typeof ValueRatingBody>;

export const WeeklyReviewBody = z.object({
  week: IsoWeek.describe('ISO week, e.g. 2026-W47; not a week that starts in the future'),
  valueRatings: z
    .array(ValueRatingBody)
    .max(MAX_VALUES, { message: `Rate at most ${MAX_VALUES} values.` })
    .refine((ratings) => new Set(ratings.map((r) => r.valueId)).size === ratings.length, {
      message: 'Rate each value once.',
    })
    .describe('Replaces the ratings of the week'),
  wentWell: reviewText.optional().describe('Left as it was when absent'),
  learned: reviewText.optional().describe('Left as it was when absent'),
  focus: reviewText.optional().describe('Next week’s focus; left as it was when absent'),
});
export type WeeklyReviewBody = z.infer<typeof WeeklyReviewBody>;

export const WeekParams = z.object({ week: IsoWeek });

export const ValueRating = z
  .object({
    valueId: z.string().nullable().describe('null once the value has been deleted'),
    name: z.string().describe('The value’s name when it was rated'),
    rating: z.number().int(),
    evidence: z.string(),
  })
  .meta({ id: 'ValueRating' });
export type ValueRating = z.infer<typeof ValueRating>;

export const WeeklyReview = z
  .object({
    id: z.string(),
    week: z.string().describe('ISO week, e.g. 2026-W47'),
    weekStart: z.string().describe('The Monday of the week, YYYY-MM-DD'),
    alignment: z
      .number()
      .nullable()
      .describe('Mean rating × 10, in percent (one decimal); null without ratings'),
    valueRatings: z.array(ValueRating).describe('In the order they were given'),
    wentWell: z.string(),
    learned: z.string(),
    focus: z.string(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'WeeklyReview' });
export type WeeklyReview = z.infer<typeof WeeklyReview>;

export const WeeklyReviewQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: cursorOf('week').optional(),
});

export const AlignmentQuery = z.object({
  weeks: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_TREND_WEEKS)
    .default(26)
    .describe('How many weeks, counting back from (and including) this week'),
});

export const AlignmentTrend = z
  .object({
    points: z
      .array(z.object({ week: z.string(), alignment: z.number() }))
      .describe('Oldest first; weeks without a review or without ratings are left out'),
    values: z
      .array(
        z.object({
          valueId: z.string().nullable().describe('null for a value deleted since'),
          name: z.string(),
          ratings: z
            .array(z.object({ week: z.string(), rating: z.number().int() }))
            .describe('Oldest first'),
        }),
      )
      .describe('Per value rated in the window: my values by rank, then deleted ones'),
  })
  .meta({ id: 'AlignmentTrend' });
export type AlignmentTrend = z.infer<typeof AlignmentTrend>;
