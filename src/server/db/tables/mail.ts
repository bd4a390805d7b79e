/** Mail: account tokens, notification choices, digests waiting, suppressions and deliveries. */

/** A password reset asked for: single use, one hour (the token only as SHA-256). */
export interface PasswordResetsTable {
  id: string;
  userId: string;
  tokenHash: string;
  expiresAt: string;
  usedAt: string | null;
  createdAt: string;
}

/** A sign-up waiting for its address to be confirmed; the account is made on confirmation. */
export interface EmailVerificationsTable {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  timeZone: string;
  /** Null until the mail job made the token (an address already taken never gets one). */
  tokenHash: string | null;
  expiresAt: string;
  usedAt: string | null;
  createdAt: string;
}

/** A person's mail choices: `kinds` is JSON `{ <kind>: "instant" | "digest" | "off" }`. */
export interface NotificationPreferencesTable {
  userId: string;
  kinds: string;
  digestHour: number;
  updatedAt: string;
}

/** An inbox item waiting for its person's daily digest (a title naming people and kinds). */
export interface DigestItemsTable {
  id: string;
  userId: string;
  kind: string;
  title: string;
  url: string;
  createdAt: string;
}

/** An address that asked by one-click unsubscribe for no more mail of a kind. */
export interface MailSuppressionsTable {
  email: string;
  kind: string;
  createdAt: string;
}

/** Every mail sent, by its key: a retried or repeated job never sends the same mail twice. */
export interface MailDeliveriesTable {
  key: string;
  sentAt: string;
}

export interface MailTables {
  passwordResets: PasswordResetsTable;
  emailVerifications: EmailVerificationsTable;
  notificationPreferences: NotificationPreferencesTable;
  digestItems: DigestItemsTable;
  mailSuppressions: MailSuppressionsTable;
  mailDeliveries: MailDeliveriesTable;
}
