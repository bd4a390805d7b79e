import { z } from 'zod';
import { Email } from './accounts';
import { Person, Timestamp } from './common';
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
  links: z
    .array(
      z.object({
        recipient: z.object({ email: z.string() }),
        token: z.string().describe('Single use; no sign-in needed to answer'),
        url: z.string(),
      }),
    )
    .describe(
      'One link per person asked by email, shown only now. Colleagues get none: they answer ' +
        'signed in, from "Asked of me". Empty when mail is on: the server mails each link itself.',
    ),
  mailed: z
    .array(z.object({ email: z.string() }))
    .describe(
      'The people asked by email whose link the server mails itself (mail on): their links ' +
        'are never shown, and their answers may be anonymous where the request allows',
    ),
});
export type CreatedFeedbackRequest = z.infer<typeof CreatedFeedbackRequest>;

const sbiFields = {
  situation: Text(2000, 'Describe the situation.'),
  behavior: Text(2000, 'Describe what they did.'),
  impact: Text(2000, 'Describe the impact.'),
  suggestion: z.string().trim().max(2000).optional(),
};

/** A colleague's answer, given signed in; anonymous only where the request allows it. */
export const FeedbackAnswerBody = z.object({ ...sbiFields, anonymous: z.boolean() });
export type FeedbackAnswerBody = z.infer<typeof FeedbackAnswerBody>;

/** The most characters of the name an answer through a link carries. */
export const MAX_GIVER_NAME = 100;

/**
 * An answer through a link. It carries the name the giver types: the requester held the link,
 * so it cannot be anonymous (`anonymous: true` is refused, 400 anonymous_not_available) — unless
 * the server mailed the link itself and the request allows anonymous answers.
 */
export const LinkAnswerBody = z
  .object({
    ...sbiFields,
    name: z
      .string()
      .trim()
      .max(MAX_GIVER_NAME)
      .optional()
      .describe('Required: the name the answer carries, as the giver types it'),
    anonymous: z
      .boolean()
      .optional()
      .describe('True only through a link the server mailed, where the request allows it'),
  })
  .superRefine((body, ctx) => {
    if (!body.anonymous && !body.name)
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'Give your name.' });
  });
export type LinkAnswerBody = z.input<typeof LinkAnswerBody>;

export const FeedbackInvitation = z.object({
  question: z.string(),
  anonymousAllowed: z
    .boolean()
    .describe('Whether this link may answer without a name: a link the server mailed itself'),
  requesterName: z.string(),
  aspirationTitle: z.string().nullable(),
  expiresAt: Timestamp,
});
export type FeedbackInvitation = z.infer<typeof FeedbackInvitation>;

export const FeedbackAnswer = z.object({
  id: z.string(),
  anonymous: z.boolean(),
  giverName: z.string().nullable().describe('null for anonymous answers'),
  via: z
    .enum(['colleague', 'link'])
    .nullable()
    .describe(
      'colleague: signed in, the name is their account; link: the name typed; null: anonymous',
    ),
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
    closedAt: Timestamp.nullable().describe(
      'When it closed (by its requester, or its date); null while open',
    ),
    createdAt: Timestamp,
    recipientCount: z.number().int(),
    answerCount: z
      .number()
      .int()
      .describe('The answers shown; anonymous ones count only once they are shown'),
    answers: z
      .array(FeedbackAnswer)
      .describe(
        'Named answers; anonymous ones only after closing and when at least 3 arrived, in an ' +
          'order that follows their content, not their arrival',
      ),
  })
  .meta({ id: 'FeedbackRequest' });
export type FeedbackRequest = z.infer<typeof FeedbackRequest>;

/** A request asked of me, a colleague: what I need to answer it signed in. */
export const AskedOfMe = z
  .object({
    id: z.string(),
    question: z.string(),
    requester: Person,
    aspirationTitle: z.string().nullable(),
    anonymousAllowed: z.boolean(),
    closesAt: Timestamp.describe('When it closes, or closed'),
    closed: z.boolean(),
    answered: z.boolean().describe('Whether I answered; nobody else sees this'),
  })
  .meta({ id: 'FeedbackAskedOfMe' });
export type AskedOfMe = z.infer<typeof AskedOfMe>;

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

/** An answer was recorded; nothing of it is echoed back. */
export const AnswerRecorded = z.object({ ok: z.literal(true) });
