import {
  DEFAULT_DELIVERY,
  DEFAULT_DIGEST_HOUR,
  type Delivery,
  NOTIFICATION_KINDS,
  type NotificationKind,
  type UpdateNotificationPreferencesBody,
} from '../../contracts/notifications';
import type { Db } from '../db/database';
import { nowIso } from '../lib/time';

export type Preferences = { kinds: Record<NotificationKind, Delivery>; digestHour: number };

function fullKinds(stored: string | undefined): Record<NotificationKind, Delivery> {
  let parsed: Record<string, unknown> = {};
  try {
    parsed = stored ? (JSON.parse(stored) as Record<string, unknown>) : {};
  } catch {
    parsed = {};
  }
  const valid = (v: unknown): v is Delivery => v === 'instant' || v === 'digest' || v === 'off';
  return Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => [kind, valid(parsed[kind]) ? parsed[kind] : DEFAULT_DELIVERY]),
  ) as Record<NotificationKind, Delivery>;
}

/** A person's mail choices, every kind filled in (at once, unless they chose otherwise). */
export async function readPreferences(db: Db, userId: string): Promise<Preferences> {
  const row = await db
    .selectFrom('notificationPreferences')
    .select(['kinds', 'digestHour'])
    .where('userId', '=', userId)
    .executeTakeFirst();
  return { kinds: fullKinds(row?.kinds), digestHour: row?.digestHour ?? DEFAULT_DIGEST_HOUR };
}

/** Changes the kinds given (the others stay as they were) and the digest hour when given. */
export async function updatePreferences(
  db: Db,
  userId: string,
  changes: UpdateNotificationPreferencesBody,
): Promise<Preferences> {
  return db.transaction().execute(async (trx) => {
    const current = await readPreferences(trx, userId);
    const next = {
      kinds: { ...current.kinds, ...changes.kinds },
      digestHour: changes.digestHour ?? current.digestHour,
    };
    const values = {
      kinds: JSON.stringify(next.kinds),
      digestHour: next.digestHour,
      updatedAt: nowIso(),
    };
    await trx
      .insertInto('notificationPreferences')
      .values({ userId, ...values })
      .onConflict((oc) => oc.column('userId').doUpdateSet(values))
      .execute();
    return next;
  });
}
