/**
 * Table types as Kysely sees them through CamelCasePlugin (columns are snake_case in SQL).
 * Timestamps are ISO 8601 UTC strings on both databases, so they sort and compare as text and
 * no driver converts them (see docs/decisions/0002-database.md).
 */
export interface UsersTable {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  timeZone: string;
  createdAt: string;
  updatedAt: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's secret: a copy of the database cannot be used to sign in. */
  id: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userAgent: string | null;
}

export interface AccessTokensTable {
  id: string;
  userId: string;
  name: string;
  tokenHash: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface DB {
  users: UsersTable;
  sessions: SessionsTable;
  accessTokens: AccessTokensTable;
}
