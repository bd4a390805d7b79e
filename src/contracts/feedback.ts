import { z } from 'zod';
import { Email } from './accounts';
import { Timestamp } from './common';

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
