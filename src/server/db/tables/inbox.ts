/** The inbox: items that ask for a person's attention. */

/**
 * One item of a person's inbox: a kind, who caused it (null once their account is gone) and what
 * it points to. No personal text: the title is built from the kind and the actor's current name.
 */
export interface InboxItemsTable {
  id: string;
  personId: string;
  kind: string;
  actorId: string | null;
  subjectType: string;
  subjectId: string;
  /** The web app's path of what the item is about, e.g. `/feedback/requests/01J…`. */
  url: string;
  createdAt: string;
  readAt: string | null;
  /** When the item was handed to mail (its person's choice for its kind); null: not yet. */
  mailedAt: string | null;
}

export interface InboxTables {
  inboxItems: InboxItemsTable;
}
