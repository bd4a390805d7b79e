import { z } from 'zod';
import type { InboxKind } from './inbox';

/**
 * The kinds of inbox item, one list for the inbox and for mail: each names a person's part in
 * something (asked for feedback, shared with, invited…), never its personal text.
 */
export const NOTIFICATION_KINDS = [
  'feedback_requested',
  'shared_with_me',
  'invitation',
  'delegation_turn',
  'one_on_one_topic',
  'action_item_assigned',
  'program_update',
  'reminder',
] as const;
export const NotificationKind = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKind>;

/** How a person hears of a kind by mail: at once, in a daily digest, or not at all. */
export const Delivery = z.enum(['instant', 'digest', 'off']);
export type Delivery = z.infer<typeof Delivery>;

/** What a kind gets when the person never chose: mail at once. */
export const DEFAULT_DELIVERY: Delivery = 'instant';
/** The local hour of the daily digest when the person never chose. */
export const DEFAULT_DIGEST_HOUR = 8;

export const DigestHour = z
  .number()
  .int()
  .min(0)
  .max(23)
  .describe('The local hour (0–23, in the person’s time zone) the daily digest is sent at');

export const NotificationPreferences = z
  .object({
    kinds: z.record(NotificationKind, Delivery),
    digestHour: DigestHour,
    /** Whether this Praxis sends mail at all; when false the choices wait for mail. */
    mail: z.boolean(),
  })
  .meta({ id: 'NotificationPreferences' });
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;

export const UpdateNotificationPreferencesBody = z.object({
  kinds: z.partialRecord(NotificationKind, Delivery),
  digestHour: DigestHour.optional(),
});
export type UpdateNotificationPreferencesBody = z.infer<typeof UpdateNotificationPreferencesBody>;

/** What a one-click unsubscribe link turns off. */
export const UnsubscribeInfo = z.object({
  kind: z.union([
    NotificationKind,
    z.literal('account'),
    z.literal('digest'),
    z.literal('feedback_link').describe('Feedback links mailed to an address outside Praxis'),
  ]),
  done: z.boolean(),
});
export type UnsubscribeInfo = z.infer<typeof UnsubscribeInfo>;

/** The mail choice that covers each kind of inbox item (several inbox kinds share one choice). */
export const MAIL_KIND_OF: Record<InboxKind, NotificationKind> = {
  feedback_requested: 'feedback_requested',
  shared_with_me: 'shared_with_me',
  org_invitation: 'invitation',
  delegation_turn: 'delegation_turn',
  delegation_proposal: 'delegation_turn',
  one_on_one_topic: 'one_on_one_topic',
  one_on_one_action: 'one_on_one_topic',
  aar_action_item: 'action_item_assigned',
  program_seat: 'program_update',
  practice_reminder: 'reminder',
  reflection_reminder: 'reminder',
  review_reminder: 'reminder',
  program_session: 'program_update',
};
