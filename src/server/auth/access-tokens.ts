import { toPage } from '../../core/pagination';
import type { Db } from '../db/database';
import { newId } from '../lib/ids';
import { randomSecret, sha256 } from '../lib/secrets';
import { nowIso } from '../lib/time';

/** Personal access tokens start with this, so they are recognisable (and scannable) in leaks. */
export const TOKEN_PREFIX = 'prx_';
const SHOWN_PREFIX_LENGTH = TOKEN_PREFIX.length + 4;
/** How often use of a token is written down. */
const TOUCH_EVERY_MS = 60 * 1000;

const columns = ['id', 'name', 'prefix', 'createdAt', 'lastUsedAt'] as const;

/** Creates a token for scripts and the CLI. The secret is returned once and stored only hashed. */
export async function createAccessToken(db: Db, userId: string, name: string) {
  const token = `${TOKEN_PREFIX}${randomSecret(32)}`;
  const row = {
    id: newId(),
    userId,
    name,
    tokenHash: sha256(token),
    prefix: token.slice(0, SHOWN_PREFIX_LENGTH),
    createdAt: nowIso(),
    lastUsedAt: null,
  };
  await db.insertInto('accessTokens').values(row).execute();
  return { id: row.id, token, name, prefix: row.prefix, createdAt: row.createdAt };
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

/** Who a bearer token belongs to, noting its use; null for an unknown or revoked token. */
export async function resolveAccessToken(db: Db, token: string) {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return null;
  const row = await db
    .selectFrom('accessTokens')
    .select(['id', 'userId', 'lastUsedAt'])
    .where('tokenHash', '=', sha256(token))
    .executeTakeFirst();
  if (!row) return null;
  const now = nowIso();
  if (!row.lastUsedAt || Date.parse(now) - Date.parse(row.lastUsedAt) > TOUCH_EVERY_MS) {
    await db
      .updateTable('accessTokens')
      .set({ lastUsedAt: now })
      .where('id', '=', row.id)
      .execute();
  }
  return { tokenId: row.id, userId: row.userId };
}
