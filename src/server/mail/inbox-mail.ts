import type { InboxKind } from '../../contracts/inbox';
import { MAIL_KIND_OF } from '../../contracts/notifications';
import type { Db } from '../db/database';
import { inboxTitle } from '../db/inbox';
import { addMs, nowIso } from '../lib/time';
import { queueNotificationMail } from './notifications';

/** The job that hands new inbox items to mail. */
export const INBOX_MAIL_JOB = 'mail.inbox';

/** Items older than this when first seen are not mailed (e.g. raised while mail was off). */
const FRESH_MS = 24 * 60 * 60 * 1000;

/**
 * Hands every inbox item not yet handed over to mail, by its person's choice for its kind (at
 * once, the daily digest, or nothing), keyed by the item so that it is mailed once. Each item is
 * claimed by one update that sets `mailedAt` where it is still null, so two instances running
 * this at the same moment never both take one. Returns how many items it handed over.
 *
 * @example
 * jobs.work(INBOX_MAIL_JOB, async () => void (await mailInboxItems(db)));
 */
export async function mailInboxItems(db: Db): Promise<number> {
  const now = nowIso();
  const claimed = await db
    .updateTable('inboxItems')
    .set({ mailedAt: now })
    .where('mailedAt', 'is', null)
    .returning(['id', 'personId', 'kind', 'actorId', 'url', 'createdAt'])
    .execute();
  const fresh = claimed.filter((item) => item.createdAt > addMs(now, -FRESH_MS));
  for (const item of fresh) {
    const actor = item.actorId
      ? await db
          .selectFrom('users')
          .select('name')
          .where('id', '=', item.actorId)
          .executeTakeFirst()
      : undefined;
    const kind = item.kind as InboxKind;
    await queueNotificationMail(db, {
      personId: item.personId,
      kind: MAIL_KIND_OF[kind],
      title: inboxTitle(kind, actor?.name ?? null),
      url: item.url,
      key: item.id,
    });
  }
  return fresh.length;
}
