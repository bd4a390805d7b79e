import type { AccessLogEntry, ItemType } from '../../../contracts/sharing';

export type AccessLogRow = {
  id: string;
  readerId: string | null;
  readerName: string | null;
  readerEmail: string | null;
  itemType: string;
  itemId: string;
  itemTitle: string;
  beliefStatement: string | null;
  at: string;
};

/**
 * One read in the author's access log: the reader as their account is now (null once deleted),
 * and the item by the title the reader saw, or a belief by its statement for its author.
 */
export function presentAccessLogEntry(row: AccessLogRow): AccessLogEntry {
  const reader =
    row.readerId !== null && row.readerName !== null && row.readerEmail !== null
      ? { id: row.readerId, name: row.readerName, email: row.readerEmail }
      : null;
  return {
    id: row.id,
    reader,
    itemType: row.itemType as ItemType,
    itemId: row.itemId,
    itemTitle: row.beliefStatement ?? row.itemTitle,
    at: row.at,
  };
}
