import type { TokenScope } from '../../contracts/accounts';
import { toPage } from '../../core/pagination';
import type { Db } from '../db/database';
import { newId } from '../lib/ids';
import { randomSecret, sha256 } from '../lib/secrets';
import { addMs, nowIso } from '../lib/time';

/** Personal access tokens start with this, so they are recognisable (and scannable) in leaks. */
export const TOKEN_PREFIX = 'prx_';
const SHOWN_PREFIX_LENGTH = TOKEN_PREFIX.length + 4;
/** How often use of a token is written down. */
const TOUCH_EVERY_MS = 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

const columns = ['id', 'name', 'prefix', 'scope', 'createdAt', 'expiresAt', 'lastUsedAt'] as const;

/**
 * Creates a token for scripts and the CLI, with a scope and a lifetime in days (null: it never
 * expires, which only an explicit choice gives). The secret is returned once and stored only
 * hashed.
 */
export async function createAccessToken(
  db: Db,
  userId: string,
  props: { name: string; scope: TokenScope; expiresInDays: number | null },
) {
  const token = `${TOKEN_PREFIX}${randomSecret(32)}`;
  const createdAt = nowIso();
  const row = {
    id: newId(),
    userId,
    name: props.name,
    tokenHash: sha256(token),
    prefix: token.slice(0, SHOWN_PREFIX_LENGTH),
    scope: props.scope,
    createdAt,
    expiresAt: props.expiresInDays === null ? null : addMs(createdAt, props.expiresInDays * DAY_MS),
    lastUsedAt: null,
  };
  await db.insertInto('accessTokens').values(row).execute();
  const { id, name, prefix, scope, expiresAt } = row;
  return { id, token, name, prefix, scope, createdAt, expiresAt };
}

/** A person's tokens, newest first, one page at a time. */
export async function listAccessTokens(
  db: Db,
  userId: string,
  page: { limit: number; cursor?: string | undefined },
) {
  let query = db
    .selectFrom('accessTokens')
    .select(columns)
    .where('userId', '=', userId)
    .orderBy('id', 'desc')
    .limit(page.limit + 1);
  if (page.cursor !== undefined) query = query.where('id', '<', page.cursor);
  return toPage(await query.execute(), page.limit, 'id', (row) => row.id);
}

/** Revokes one of a person's tokens; false when they have no such token. */
export async function revokeAccessToken(db: Db, userId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('accessTokens')
    .where('id', '=', id)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Ends every token of a person (after a password change). */
export async function revokeAllAccessTokens(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('accessTokens').where('userId', '=', userId).execute();
}

/**
 * Who a bearer token belongs to and what it may do, noting its use (at most once a minute);
 * null for an unknown, revoked or expired token.
 */
export async function resolveAccessToken(db: Db, token: string) {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return null;
  const now = nowIso();
  const row = await db
    .selectFrom('accessTokens')
    .select(['id', 'userId', 'scope', 'lastUsedAt'])
    .where('tokenHash', '=', sha256(token))
    .where((eb) => eb.or([eb('expiresAt', 'is', null), eb('expiresAt', '>', now)]))
    .executeTakeFirst();
  if (!row) return null;
  if (!row.lastUsedAt || Date.parse(now) - Date.parse(row.lastUsedAt) > TOUCH_EVERY_MS) {
    await db
      .updateTable('accessTokens')
      .set({ lastUsedAt: now })
      .where('id', '=', row.id)
      .execute();
  }
  return { tokenId: row.id, userId: row.userId, scope: row.scope };
}
