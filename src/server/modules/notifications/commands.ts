import {
  NotificationKind,
  type UnsubscribeInfo,
  type UpdateNotificationPreferencesBody,
} from '../../../contracts/notifications';
import type { Db } from '../../db/database';
import { notFound } from '../../errors';
import { nowIso } from '../../lib/time';
import { readPreferences, updatePreferences } from '../../mail/preferences';
import type { UnsubscribeClaim } from '../../mail/unsubscribe';

export async function changeNotificationPreferences(
  db: Db,
  userId: string,
  changes: UpdateNotificationPreferencesBody,
) {
  return updatePreferences(db, userId, changes);
}

/** What a genuine unsubscribe token names, in the API's words; 404 for any other token. */
export function describeUnsubscribe(claim: UnsubscribeClaim | null): UnsubscribeInfo['kind'] {
  if (!claim) throw notFound('This unsubscribe link is not valid.');
  if (claim.kind === 'account') return 'account';
  if (claim.kind === 'digest') return 'digest';
  if (claim.kind === 'feedback_link') return 'feedback_link';
  const kind = NotificationKind.safeParse(claim.kind);
  if (!kind.success) throw notFound('This unsubscribe link is not valid.');
  return kind.data;
}

/**
 * One-click unsubscribe (RFC 8058): a notification kind is turned off in the person's choices,
 * the digest turns every digested kind off, and account mail stops for the address (notices of
 * sign-ups with it and password reset links), as do feedback links mailed to it.
 */
export async function unsubscribe(db: Db, claim: UnsubscribeClaim | null) {
  const kind = describeUnsubscribe(claim);
  if (!claim) return kind;
  // Mail to an address rather than a person's choices: stops for the address.
  if (kind === 'account' || kind === 'feedback_link') {
    await db
      .insertInto('mailSuppressions')
      .values({ email: claim.email, kind, createdAt: nowIso() })
      .onConflict((oc) => oc.columns(['email', 'kind']).doNothing())
      .execute();
    return kind;
  }
  const person = claim.personId
    ? await db.selectFrom('users').select('id').where('id', '=', claim.personId).executeTakeFirst()
    : undefined;
  if (!person) return kind;
  if (kind === 'digest') {
    const { kinds } = await readPreferences(db, person.id);
    const off = Object.fromEntries(
      Object.entries(kinds).flatMap(([k, v]) => (v === 'digest' ? [[k, 'off' as const]] : [])),
    );
    await updatePreferences(db, person.id, { kinds: off });
  } else {
    await updatePreferences(db, person.id, { kinds: { [kind]: 'off' } });
  }
  return kind;
}
