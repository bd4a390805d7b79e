import type { Db } from '../db/database';
import type { MailService } from './mailer';
import { absoluteUrl } from './notifications';
import { readPreferences } from './preferences';
import { digestMail } from './templates';

export const DIGEST_JOB = 'mail.digest';

/** The hour (0–23) it is at `at` in a time zone. */
export function localHour(at: Date, timeZone: string): number {
  const hour = new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', hourCycle: 'h23' })
    .formatToParts(at)
    .find((part) => part.type === 'hour')?.value;
  return Number(hour ?? 0);
}

/**
 * The hourly digest run: everyone whose digest hour it now is in their own time zone, with items
 * waiting, gets one mail listing them, and the items go. The mail's key is the person and the
 * hour, so two instances running it at once send one mail. Returns how many mails it sent.
 */
export async function sendDigests(db: Db, mail: MailService, now = new Date()): Promise<number> {
  const slot = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000).toISOString();
  const waiting = await db
    .selectFrom('digestItems')
    .innerJoin('users', 'users.id', 'digestItems.userId')
    .select(['users.id', 'users.email', 'users.timeZone'])
    .distinct()
    .execute();
  let sent = 0;
  for (const person of waiting) {
    const { digestHour } = await readPreferences(db, person.id);
    if (localHour(now, person.timeZone) !== digestHour) continue;
    const items = await db
      .selectFrom('digestItems')
      .select(['id', 'title', 'url'])
      .where('userId', '=', person.id)
      .orderBy('createdAt')
      .orderBy('id')
      .limit(50)
      .execute();
    if (items.length === 0) continue;
    const delivered = await mail.deliver(db, {
      key: `digest:${person.id}:${slot}`,
      to: person.email,
      unsubscribe: { email: person.email, kind: 'digest', personId: person.id },
      render: ({ unsubscribeUrl }) =>
        digestMail({
          items: items.map((item) => ({
            title: item.title,
            url: absoluteUrl(mail.baseUrl, item.url),
          })),
          unsubscribeUrl,
        }),
    });
    if (delivered) sent += 1;
    await db
      .deleteFrom('digestItems')
      .where(
        'id',
        'in',
        items.map((item) => item.id),
      )
      .execute();
  }
  return sent;
}
