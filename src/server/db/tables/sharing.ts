import type { Generated } from 'kysely';

/** Sharing personal items and the log of who read them; feedback requests and their answers. */

/** A personal item shared by its author; unsharing deletes the row. */
export interface SharesTable {
  id: string;
  ownerId: string;
  itemType: string;
  itemId: string;
  targetType: 'user' | 'team' | 'org';
  targetId: string;
  createdAt: string;
}

/** Every read of a shared item by someone other than its author, for the author to see. */
export interface AccessLogTable {
  id: string;
  ownerId: string;
  readerId: string | null;
  readerName: string;
  itemType: string;
  itemId: string;
  itemTitle: string;
  at: string;
}

export interface FeedbackRequestsTable {
  id: string;
  requesterId: string;
  question: string;
  aspirationId: string | null;
  anonymity: 'allowed' | 'named';
  expiresAt: string;
  /** When the requester closed it; null while open (it also closes when `expiresAt` passes). */
  closedAt: string | null;
  createdAt: string;
}

/**
 * One person asked: a colleague (an account, who answers signed in) or someone by email (who
 * holds a single-use link, kept as its hash).
 */
export interface FeedbackRecipientsTable {
  id: string;
  requestId: string;
  userId: string | null;
  email: string | null;
  /** Only for people asked by email; colleagues have no link. */
  tokenHash: string | null;
  /** 1 once this person has answered (no time kept); shown to the colleague alone. */
  answered: number;
  /** 1 when the server mailed the link itself: the requester never held it (migration 0027). */
  linkMailed: Generated<number>;
}

/**
 * An answer in Situation–Behavior–Impact form. Anonymous ones have no giver, no time and a random
 * id. A named one keeps the name it carries: a colleague's at answering (with `giverId`), or the
 * name typed through a link (no `giverId`).
 */
export interface FeedbackAnswersTable {
  id: string;
  requestId: string;
  giverId: string | null;
  giverName: string | null;
  situation: string;
  behavior: string;
  impact: string;
  suggestion: string;
  answeredAt: string | null;
}

export interface SharingTables {
  shares: SharesTable;
  accessLog: AccessLogTable;
  feedbackRequests: FeedbackRequestsTable;
  feedbackRecipients: FeedbackRecipientsTable;
  feedbackAnswers: FeedbackAnswersTable;
}
