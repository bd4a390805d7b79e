import type { InboxKind } from '../../contracts/inbox';
import { newId } from '../lib/ids';
import { nowIso } from '../lib/time';
import type { Db } from './database';
import { publishAfterCommit } from './live-events';

/** What an inbox item points to: its kind of thing and id (the read-time check knows each). */
export type InboxSubject =
  | { type: 'feedback_request'; id: string }
  | { type: 'share'; id: string }
  | { type: 'invitation'; id: string }
  | { type: 'delegation_agreement'; id: string }
  | { type: 'one_on_one'; id: string }
  | { type: 'aar'; id: string }
  | { type: 'program'; id: string }
  | { type: 'practice'; id: string }
  | { type: 'self'; id: string };

export type RaiseInboxItem = {
  /** Who it is for; nothing is raised for the actor themselves. */
  to: readonly string[];
  kind: InboxKind;
  /** Who caused it (named in the title by their current name). */
  actorId: string | null;
  subject: InboxSubject;
  /** The web app's path of the subject. */
  url: string;
};

/**
 * Puts an item in the inbox of each person in `to` (but the actor), inside the caller's write
 * transaction, and tells them live once it commits. Shared here, below the modules, so that any
 * module raises items without depending on the inbox module (docs/decisions/0023-…).
 *
 * @example
 * await raiseInboxItem(trx, {
 *   to: [colleagueId], kind: 'feedback_requested', actorId: userId,
 *   subject: { type: 'feedback_request', id: request.id }, url: `/feedback/asked/${request.id}`,
 * });
 */
export async function raiseInboxItem(trx: Db, item: RaiseInboxItem): Promise<void> {
  const people = [...new Set(item.to)].filter((id) => id !== item.actorId);
  if (people.length === 0) return;
  const createdAt = nowIso();
  const rows = people.map((personId) => ({
    id: newId(),
    personId,
    kind: item.kind,
    actorId: item.actorId,
    subjectType: item.subject.type,
    subjectId: item.subject.id,
    url: item.url,
    createdAt,
    readAt: null,
    mailedAt: null,
  }));
  await trx.insertInto('inboxItems').values(rows).execute();
  for (const row of rows) {
    await publishAfterCommit(trx, { to: [row.personId], event: { type: 'inbox', id: row.id } });
  }
}

/**
 * Removes, inside the caller's transaction, the items that point to subjects which are gone or
 * no longer readable — for everyone, or only for `personIds`. Read-time checks hide them anyway
 * (`modules/inbox/queries.ts`); this keeps the table from holding what nobody may open.
 */
export async function removeInboxItems(
  trx: Db,
  subject: { type: InboxSubject['type']; ids: readonly string[] },
  personIds?: readonly string[],
): Promise<void> {
  if (subject.ids.length === 0 || personIds?.length === 0) return;
  let query = trx
    .deleteFrom('inboxItems')
    .where('subjectType', '=', subject.type)
    .where('subjectId', 'in', [...subject.ids]);
  if (personIds) query = query.where('personId', 'in', [...personIds]);
  const removed = await query.returning(['id', 'personId']).execute();
  for (const row of removed) {
    await publishAfterCommit(trx, { to: [row.personId], event: { type: 'inbox', id: row.id } });
  }
}

/** What each kind says, around the actor's current name: no personal text ever. */
const TITLES: Record<InboxKind, (actor: string) => string> = {
  feedback_requested: (actor) => `${actor} asked you for feedback`,
  shared_with_me: (actor) => `${actor} shared something with you`,
  org_invitation: (actor) => `${actor} invited you to an organization`,
  delegation_turn: (actor) => `${actor} started delegation poker: your turn to choose`,
  delegation_proposal: (actor) => `${actor} proposed a delegation level for you to confirm`,
  one_on_one_topic: (actor) => `${actor} added a topic to your 1:1`,
  one_on_one_action: (actor) => `${actor} added an action to your 1:1`,
  aar_action_item: (actor) => `${actor} gave you an action item in an after-action review`,
  program_seat: () => 'A seat in a program freed up: it is yours now',
  practice_reminder: () => 'Time for your practice',
  reflection_reminder: () => 'Time for your daily reflection',
  review_reminder: () => 'Time for your weekly review',
  program_session: (actor) => `${actor} added a session to a program you are enrolled in`,
};

/**
 * An item's title: its kind around the actor's current name ("Someone" once their account is
 * gone), the same in the inbox and in mail.
 */
export function inboxTitle(kind: InboxKind, actorName: string | null): string {
  return TITLES[kind](actorName ?? 'Someone');
}
