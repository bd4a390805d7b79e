import type { InboxItem, InboxKind } from '../../../contracts/inbox';
import type { InboxRow } from './queries';

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
};

/** An inbox row as the API shows it; an actor whose account is gone is "Someone". */
export function presentInboxItem(row: InboxRow): InboxItem {
  const kind = row.kind as InboxKind;
  return {
    id: row.id,
    kind,
    title: TITLES[kind](row.actorName ?? 'Someone'),
    url: row.url,
    at: row.createdAt,
    readAt: row.readAt,
  };
}
