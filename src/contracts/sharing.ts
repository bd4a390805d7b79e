import { z } from 'zod';
import { PageQuery, Timestamp } from './common';
import { Belief } from './beliefs';
import { LearningItemDetail } from './learning';
import { PracticeDetail } from './practices';
import { Reflection } from './reflections';
import { WeeklyReview } from './reviews';
import { AspirationDetail } from './vision';

/** The kinds of personal item that can be shared. */
export const SHAREABLE_TYPES = [
  'aspiration',
  'reflection',
  'learning_item',
  'practice',
  'belief',
  'weekly_review',
] as const;
export const ItemType = z.enum(SHAREABLE_TYPES);
export type ItemType = z.infer<typeof ItemType>;

const Id = z.string().min(1).max(64);
export const ShareWith = z.union([
  z.object({ userId: Id }).strict(),
  z.object({ teamId: Id }).strict(),
  z.object({ orgId: Id }).strict(),
]);

export const CreateShareBody = z.object({ itemType: ItemType, itemId: Id, with: ShareWith });
export type CreateShareBody = z.infer<typeof CreateShareBody>;

export const Share = z
  .object({
    id: z.string(),
    itemType: ItemType,
    itemId: z.string(),
    with: z.object({ type: z.enum(['user', 'team', 'org']), id: z.string(), name: z.string() }),
    createdAt: Timestamp,
  })
  .meta({ id: 'Share' });
export type Share = z.infer<typeof Share>;

/** The share made, or the one that already shared the item with the same target. */
export const ShareCreated = z.object({ id: z.string() });

export const ShareListQuery = PageQuery.extend({
  itemType: ItemType.optional().describe('Only shares of this kind of item'),
  itemId: Id.optional().describe('Only shares of this item (needs itemType)'),
}).refine((query) => query.itemId === undefined || query.itemType !== undefined, {
  message: 'Give the itemType of the itemId.',
  path: ['itemType'],
});
export type ShareListQuery = z.infer<typeof ShareListQuery>;

/** What an item shared with me is called before I open it: only what its author chose as a title. */
const ListedTitle = z
  .string()
  .describe(
    'Only what the author chose as a title: an untitled reflection reads "Reflection · 2 Dec", a belief "A belief"; opening it is a logged read',
  );
const Owner = z.object({ id: z.string(), name: z.string() });

export const SharedItemSummary = z.object({
  itemType: ItemType,
  itemId: z.string(),
  title: ListedTitle,
  owner: Owner,
  sharedAt: Timestamp,
});
export type SharedItemSummary = z.infer<typeof SharedItemSummary>;

/** Shared by every kind of opened item: who shared it, and the title it was listed by. */
const opened = { owner: Owner, title: ListedTitle };

export const SharedItem = z.discriminatedUnion('itemType', [
  z.object({ itemType: z.literal('aspiration'), ...opened, item: AspirationDetail }),
  z.object({ itemType: z.literal('reflection'), ...opened, item: Reflection }),
  z.object({
    itemType: z.literal('learning_item'),
    ...opened,
    item: LearningItemDetail.describe(
      'Linked aspirations are left out: they are not shared with it',
    ),
  }),
  z.object({ itemType: z.literal('practice'), ...opened, item: PracticeDetail }),
  z.object({ itemType: z.literal('belief'), ...opened, item: Belief }),
  z.object({
    itemType: z.literal('weekly_review'),
    ...opened,
    item: WeeklyReview.describe('With its alignment and the values as they were rated'),
  }),
]);
export type SharedItem = z.infer<typeof SharedItem>;

export const AccessLogEntry = z
  .object({
    id: z.string(),
    reader: z
      .object({ id: z.string(), name: z.string(), email: z.string() })
      .nullable()
      .describe(
        'Who read it, by their account: their name and email as they are now, so renaming hides no one; null once that account was deleted',
      ),
    itemType: ItemType,
    itemId: z.string(),
    itemTitle: z
      .string()
      .describe(
        'The title the reader saw in their list (a belief: its statement, while it exists)',
      ),
    at: Timestamp,
  })
  .meta({ id: 'AccessLogEntry' });
export type AccessLogEntry = z.infer<typeof AccessLogEntry>;

export const SharedItemParams = z.object({ itemType: ItemType, itemId: Id });
