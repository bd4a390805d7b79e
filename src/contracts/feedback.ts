import { z } from 'zod';
import { Email } from './accounts';
import { Timestamp } from './common';
import { LearningStatus, MAX_LINKED_ASPIRATIONS } from './learning';
import { Assessment, At, Level } from './vision';

const Text = (max: number, empty: string) => z.string().trim().min(1, { message: empty }).max(max);

export const FeedbackRecipient = z.union([
  z.object({ userId: z.string().min(1).max(64) }).strict(),
  z.object({ email: Email }).strict(),
]);

export const CreateFeedbackRequestBody = z.object({
  question: Text(1000, 'Ask a question.'),
  aspirationId: z.string().max(64).optional(),
  anonymousAllowed: z.boolean(),
  recipients: z.array(FeedbackRecipient).min(1, { message: 'Ask at least one person.' }).max(20),
  expiresInDays: z.number().int().min(1).max(90).default(30),
});
export type CreateFeedbackRequestBody = z.input<typeof CreateFeedbackRequestBody>;

export const CreatedFeedbackRequest = z.object({
  id: z.string(),
  expiresAt: Timestamp,
  links: z.array(
    z.object({
      recipient: z.union([z.object({ userId: z.string() }), z.object({ email: z.string() })]),
      token: z.string().describe('Single use; no sign-in needed to answer'),
      url: z.string(),
    }),
  ),
});
export type CreatedFeedbackRequest = z.infer<typeof CreatedFeedbackRequest>;

export const FeedbackAnswerBody = z.object({
  situation: Text(2000, 'Describe the situation.'),
  behavior: Text(2000, 'Describe what they did.'),
  impact: Text(2000, 'Describe the impact.'),
  suggestion: z.string().trim().max(2000).optional(),
  anonymous: z.boolean(),
});
export type FeedbackAnswerBody = z.infer<typeof FeedbackAnswerBody>;

export const FeedbackInvitation = z.object({
  question: z.string(),
  requesterName: z.string(),
  aspirationTitle: z.string().nullable(),
  anonymousAllowed: z.boolean(),
  expiresAt: Timestamp,
});
export type FeedbackInvitation = z.infer<typeof FeedbackInvitation>;

export const FeedbackAnswer = z.object({
  id: z.string(),
  anonymous: z.boolean(),
  giverName: z.string().nullable().describe('null for anonymous answers'),
  situation: z.string(),
  behavior: z.string(),
  impact: z.string(),
  suggestion: z.string(),
  answeredAt: Timestamp.nullable().describe('null for anonymous answers'),
});
export type FeedbackAnswer = z.infer<typeof FeedbackAnswer>;

export const FeedbackRequest = z
  .object({
    id: z.string(),
    question: z.string(),
    aspiration: z.object({ id: z.string(), title: z.string() }).nullable(),
    anonymousAllowed: z.boolean(),
    expiresAt: Timestamp,
    createdAt: Timestamp,
    recipientCount: z.number().int(),
    answerCount: z.number().int(),
    anonymousWaiting: z
      .number()
      .int()
      .describe('Anonymous answers held back until at least 3 arrived'),
    answers: z.array(FeedbackAnswer).describe('Only the answers that may be shown'),
  })
  .meta({ id: 'FeedbackRequest' });
export type FeedbackRequest = z.infer<typeof FeedbackRequest>;

export const FeedbackTokenParams = z.object({ token: z.string().min(1).max(200) });

export const FeedbackAnswerParams = z.object({
  id: z.string().min(1).max(64).describe('My request'),
  answerId: z.string().min(1).max(64).describe('One of its answers that may be shown'),
});

export const FeedbackLearningItemBody = z.object({
  title: z
    .string()
    .trim()
    .min(1, { message: 'Give it a title.' })
    .max(200, { message: 'Use at most 200 characters.' })
    .optional()
    .describe('Defaults to "Feedback: <question>" (cut to 200 characters)'),
  status: LearningStatus.default('in_progress'),
  aspirationIds: z
    .array(z.string().min(1).max(64))
    .max(MAX_LINKED_ASPIRATIONS)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'Link each aspiration once.' })
    .optional()
    .describe('My aspirations it serves; defaults to the aspiration the request was about'),
});
export type FeedbackLearningItemBody = z.infer<typeof FeedbackLearningItemBody>;

export const FeedbackAssessmentBody = z.object({
  aspirationId: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .describe('One of my aspirations; defaults to the one the request was about'),
  level: Level.describe('Where I honestly am now, 0–10, in the light of this feedback'),
  at: At.optional(),
});
export type FeedbackAssessmentBody = z.infer<typeof FeedbackAssessmentBody>;

export const FeedbackAssessment = z.object({
  aspirationId: z.string(),
  assessment: Assessment.describe('Its evidence is the answer’s situation, behavior and impact'),
});
