import { z } from 'zod';
import { isCalendarDate } from '../core/calendar';
import { pageQuery, Timestamp } from './common';

/** The longest answer in an after-action review, in characters of Markdown. */
export const MAX_AAR_TEXT = 10_000;
export const MAX_AAR_TITLE = 200;
export const MAX_ACTION_ITEM_TEXT = 500;
/** Action items one review may hold. */
export const MAX_ACTION_ITEMS = 50;

const Id = z.string().min(1).max(64);

const Title = z
  .string()
  .trim()
  .min(1, { message: 'Name what you are reviewing.' })
  .max(MAX_AAR_TITLE, { message: `Use at most ${MAX_AAR_TITLE} characters.` });
const AarDate = z
  .string()
  .refine(isCalendarDate, { message: 'Use a real date, YYYY-MM-DD.' })
  .describe('When it happened, YYYY-MM-DD in my time zone; not in the future');
const Answer = (what: string) =>
  z
    .string()
    .trim()
    .max(MAX_AAR_TEXT, { message: `Use at most ${MAX_AAR_TEXT} characters.` })
    .describe(`${what} (Markdown)`);

const answers = {
  expected: Answer('What we expected to happen'),
  happened: Answer('What actually happened'),
  whyDifferent: Answer('Why there was a difference'),
  nextTime: Answer('What we will do next time'),
};

const ActionText = z
  .string()
  .trim()
  .min(1, { message: 'Say what will be done.' })
  .max(MAX_ACTION_ITEM_TEXT, { message: `Use at most ${MAX_ACTION_ITEM_TEXT} characters.` });
const OwnerId = Id.describe('A member of the team now');

export const ActionItemBody = z.object({ text: ActionText, ownerId: OwnerId });
export type ActionItemBody = z.infer<typeof ActionItemBody>;

export const UpdateActionItemBody = z
  .object({
    text: ActionText.optional(),
    ownerId: OwnerId.optional(),
    done: z.boolean().optional().describe('true marks it done (it stops being carried forward)'),
  })
  .refine((b) => b.text !== undefined || b.ownerId !== undefined || b.done !== undefined, {
    message: 'Send something to change.',
  });
export type UpdateActionItemBody = z.infer<typeof UpdateActionItemBody>;

export const CreateAarBody = z.object({
  title: Title,
  date: AarDate,
  expected: answers.expected.default(''),
  happened: answers.happened.default(''),
  whyDifferent: answers.whyDifferent.default(''),
  nextTime: answers.nextTime.default(''),
  actionItems: z
    .array(ActionItemBody)
    .max(MAX_ACTION_ITEMS, { message: `Keep it to ${MAX_ACTION_ITEMS} action items.` })
    .default([]),
});
export type CreateAarBody = z.infer<typeof CreateAarBody>;

export const UpdateAarBody = z
  .object({
    title: Title.optional(),
    date: AarDate.optional(),
    expected: answers.expected.optional(),
    happened: answers.happened.optional(),
    whyDifferent: answers.whyDifferent.optional(),
    nextTime: answers.nextTime.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'Send something to change.',
  });
export type UpdateAarBody = z.infer<typeof UpdateAarBody>;

export const AarParams = z.object({ id: Id.describe('The review') });
export const ActionItemParams = AarParams.extend({ itemId: Id });
export const TeamAarParams = z.object({ id: Id.describe('The team') });

const Person = z.object({ id: z.string(), name: z.string() });

export const ActionItem = z
  .object({
    id: z.string(),
    reviewId: z.string(),
    text: z.string(),
    owner: Person.nullable().describe('null once the owner deleted their account'),
    done: z.boolean(),
    doneAt: Timestamp.nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: 'ActionItem' });
export type ActionItem = z.infer<typeof ActionItem>;

export const CarriedActionItem = ActionItem.extend({
  review: z
    .object({ id: z.string(), title: z.string(), date: z.string() })
    .describe('The earlier review it comes from; mark it done there'),
}).meta({ id: 'CarriedActionItem' });
export type CarriedActionItem = z.infer<typeof CarriedActionItem>;

export const AarSummary = z
  .object({
    id: z.string(),
    teamId: z.string(),
    title: z.string(),
    date: z.string(),
    createdBy: Person.nullable(),
    actionItemCount: z.number().int(),
    openActionItemCount: z.number().int(),
    createdAt: Timestamp,
  })
  .meta({ id: 'AfterActionReviewSummary' });
export type AarSummary = z.infer<typeof AarSummary>;

export const Aar = z
  .object({
    id: z.string(),
    teamId: z.string(),
    title: z.string(),
    date: z.string(),
    expected: z.string(),
    happened: z.string(),
    whyDifferent: z.string(),
    nextTime: z.string(),
    createdBy: Person.nullable(),
    canDelete: z.boolean().describe('Its writer and the team’s leaders may delete it'),
    actionItems: z.array(ActionItem).describe('This review’s own, oldest first'),
    carriedForward: z
      .array(CarriedActionItem)
      .describe(
        'Still-open action items of the team’s earlier reviews (by date), oldest review first',
      ),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'AfterActionReview' });
export type Aar = z.infer<typeof Aar>;

/** The team's open items are paged by their review's date, the review's id, then their own id. */
export const OpenActionItemsQuery = pageQuery('datedLinked').extend({
  ownerId: Id.optional().describe('Only the items this team member owns'),
});
export type OpenActionItemsQuery = z.infer<typeof OpenActionItemsQuery>;
