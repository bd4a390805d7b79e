import { compiledOnce } from '../db/compiled-once';
import type { Db } from '../db/database';
import { randomSecret, sha256 } from '../lib/secrets';
import { addMs, nowIso } from '../lib/time';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** A session ends after this long without use… */
export const SESSION_IDLE_MS = 14 * DAY;
/** …and in any case this long after sign-in. */
export const SESSION_MAX_MS = 90 * DAY;
/** How often use of a session is written down (sliding expiry without a write per request). */
const TOUCH_EVERY_MS = HOUR;

export type NewSession = { token: string; sessionId: string; expiresAt: string };

/**
 * Starts a session for a person who has just proven who they are. The returned token goes into
 * the cookie; only its hash is stored.
 */
export async function createSession(
  db: Db,
  userId: string,
  userAgent: string | undefined,
): Promise<NewSession> {
  const token = randomSecret(32);
  const now = nowIso();
  const session = {
    id: sha256(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: addMs(now, SESSION_IDLE_MS),
    userAgent: userAgent?.slice(0, 200) ?? null,
  };
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sessions').where('expiresAt', '<', now).execute();
    await trx.insertInto('sessions').values(session).execute();
  });
  return { token, sessionId: session.id, expiresAt: session.expiresAt };
}

export type ActiveSession = {
  sessionId: string;
  userId: string;
  expiresAt: string;
  /** True when the expiry moved, so the cookie should be sent again with the new date. */
  renewed: boolean;
};

const liveSession = compiledOnce((db: Db, id: string, now: string) =>
  db
    .selectFrom('sessions')
    .select(['id', 'userId', 'createdAt', 'lastSeenAt', 'expiresAt'])
    .where('id', '=', id)
    .where('expiresAt', '>', now),
);

/** The live session a cookie token belongs to, sliding its expiry forward; null if none. */
export async function resolveSession(db: Db, token: string): Promise<ActiveSession | null> {
  if (token.length === 0 || token.length > 100) return null;
  const id = sha256(token);
  const now = nowIso();
  const [session] = await liveSession(db, id, now);
  if (!session) return null;
  if (Date.parse(now) - Date.parse(session.lastSeenAt) < TOUCH_EVERY_MS) {
    return { sessionId: id, userId: session.userId, expiresAt: session.expiresAt, renewed: false };
  }
  const idleEnd = addMs(now, SESSION_IDLE_MS);
  const hardEnd = addMs(session.createdAt, SESSION_MAX_MS);
  const expiresAt = idleEnd < hardEnd ? idleEnd : hardEnd;
  await db
    .updateTable('sessions')
    .set({ lastSeenAt: now, expiresAt })
    .where('id', '=', id)
    .execute();
  return { sessionId: id, userId: session.userId, expiresAt, renewed: true };
}

/** Ends one session (signing out). */
export async function revokeSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Ends every session of a person but one (after a password change). */
export async function revokeOtherSessions(db: Db, userId: string, keep: string | null) {
  let query = db.deleteFrom('sessions').where('userId', '=', userId);
  if (keep) query = query.where('id', '!=', keep);
  await query.execute();
}
