import { z } from 'zod';
import { PageQuery, pageOf, Timestamp } from './common';

/**
 * What an inbox item is about. Each names what someone did that concerns me; none carries
 * personal text.
 */
export const INBOX_KINDS = [
  'feedback_requested',
  'shared_with_me',
  'org_invitation',
  'delegation_turn',
  'delegation_proposal',
  'one_on_one_topic',
  'one_on_one_action',
  'aar_action_item',
  'program_seat',
  'practice_reminder',
  'reflection_reminder',
  'review_reminder',
  'program_session',
] as const;
export const InboxKind = z.enum(INBOX_KINDS);
export type InboxKind = z.infer<typeof InboxKind>;

export const InboxItem = z
  .object({
    id: z.string(),
    kind: InboxKind,
    title: z
      .string()
      .describe('Built from the kind and the actor’s name, e.g. "Ana asked you for feedback"'),
    url: z.string().describe('The web app’s path of what the item is about'),
    at: Timestamp,
    readAt: Timestamp.nullable(),
  })
  .meta({ id: 'InboxItem' });
export type InboxItem = z.infer<typeof InboxItem>;

export const InboxQuery = PageQuery.extend({
  unread: z.enum(['true', 'false']).default('false').describe('true: only unread items'),
});
export type InboxQuery = z.infer<typeof InboxQuery>;

export const InboxPage = pageOf(InboxItem);
export type InboxPage = z.infer<typeof InboxPage>;

export const InboxCount = z.object({ unread: z.number().int().min(0) });
export type InboxCount = z.infer<typeof InboxCount>;

/** A message of `GET /api/events`: something of a kind changed; the client reads it again. */
export const LiveEventMessage = z.object({
  type: z.enum(['inbox', 'pair-space', 'team']),
  id: z.string(),
});
export type LiveEventMessage = z.infer<typeof LiveEventMessage>;
