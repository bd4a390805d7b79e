import type { NotificationKind } from '../../contracts/notifications';
import type { Db } from '../db/database';
import { newId } from '../lib/ids';
import { nowIso } from '../lib/time';
import { mailContextOf } from './context';
import type { MailService } from './mailer';
import { readPreferences } from './preferences';
import { notificationMail } from './templates';

export const NOTIFICATION_JOB = 'mail.notification';

export type NotificationMail = {
  personId: string;
  kind: NotificationKind;
  /** Names people and kinds, never personal text ("Ana asked you for feedback"). */
  title: string;
  /** A path in Praxis (`/feedback/…`) or a full URL of it. */
  url: string;
  /** Makes the mail unique (the inbox item's id): queued twice, it is still sent once. */
  key?: string;
};

/**
 * Tells a person of an inbox item by mail, as they chose for its kind: queued to send at once,
 * kept for their daily digest, or nothing. Nothing either when mail is off. Call it with the
 * app's `db` after the item's transaction committed. Returns what was done.
 */
export async function queueNotificationMail(
  db: Db,
  notification: NotificationMail,
): Promise<'instant' | 'digest' | 'off'> {
  const { jobs, mail } = mailContextOf(db);
  if (!mail) return 'off';
  const { kinds } = await readPreferences(db, notification.personId);
  const delivery = kinds[notification.kind];
  if (delivery === 'off') return 'off';
  if (delivery === 'digest') {
    await db
      .insertInto('digestItems')
      .values({
        id: newId(),
        userId: notification.personId,
        kind: notification.kind,
        title: notification.title,
        url: notification.url,
        createdAt: nowIso(),
      })
      .execute();
    return 'digest';
  }
  const key = notification.key ?? newId();
  const { personId, kind, title, url } = notification;
  await jobs.send(NOTIFICATION_JOB, { personId, kind, title, url, key }, { key });
  return 'instant';
}

/** A link in a mail: a path becomes an address of this Praxis; other hosts are refused. */
export function absoluteUrl(baseUrl: string, url: string): string {
  if (url.startsWith('/') && !url.startsWith('//')) return `${baseUrl}${url}`;
  return url.startsWith(`${baseUrl}/`) ? url : baseUrl;
}

/** The job behind an instant notification: one mail to the person's current address. */
export async function sendNotificationJob(
  db: Db,
  mail: MailService,
  data: Record<string, unknown>,
) {
  const { personId, kind, title, url, key } = data as Required<NotificationMail>;
  const person = await db
    .selectFrom('users')
    .select('email')
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!person) return;
  // Chosen again at sending: a kind turned off meanwhile sends nothing.
  const { kinds } = await readPreferences(db, personId);
  if (kinds[kind] !== 'instant') return;
  await mail.deliver(db, {
    key: `notification:${key}`,
    to: person.email,
    unsubscribe: { email: person.email, kind, personId },
    render: ({ unsubscribeUrl }) =>
      notificationMail({ title, url: absoluteUrl(mail.baseUrl, url), unsubscribeUrl }),
  });
}
