import type { InboxItem, InboxKind } from '../../../contracts/inbox';
import { inboxTitle } from '../../db/inbox';
import type { InboxRow } from './queries';

/** An inbox row as the API shows it; an actor whose account is gone is "Someone". */
export function presentInboxItem(row: InboxRow): InboxItem {
  const kind = row.kind as InboxKind;
  return {
    id: row.id,
    kind,
    title: inboxTitle(kind, row.actorName),
    url: row.url,
    at: row.createdAt,
    readAt: row.readAt,
  };
}
