import type { Generated } from 'kysely';

/**
 * People's accounts and how they sign in: sessions, access tokens, remembered devices, failed
 * password checks.
 */

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  timeZone: string;
  onboarding: Generated<'pending' | 'done' | 'skipped'>;
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
  /** `read` tokens may only read (GET, HEAD); `read-write` ones may do what the person may. */
  scope: 'read' | 'read-write';
  /** Null only for a token its owner explicitly made to never expire. */
  expiresAt: string | null;
}

/** A failed password check (sign-in, password change, account deletion), kept for an hour. */
export interface PasswordFailuresTable {
  id: string;
  /** SHA-256 of the normalized email, so attempted addresses are not kept readable. */
  accountKey: string;
  address: string;
  /** The remembered device the attempt came from, if any. */
  deviceId: string | null;
  createdAt: string;
}

/** A browser that signed in to an account before; its id is the SHA-256 of the cookie secret. */
export interface RememberedDevicesTable {
  id: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

export interface AccountTables {
  users: UsersTable;
  sessions: SessionsTable;
  accessTokens: AccessTokensTable;
  passwordFailures: PasswordFailuresTable;
  rememberedDevices: RememberedDevicesTable;
}
