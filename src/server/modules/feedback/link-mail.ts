import type { Db } from '../../db/database';
import type { JobQueue } from '../../jobs/queue';
import type { MailService } from '../../mail/mailer';
import { feedbackLinkMail } from '../../mail/templates';
import { closedAt } from '../../../core/feedback';
import { nowIso } from '../../lib/time';

/** The job that mails one person outside Praxis their feedback link. */
export const FEEDBACK_LINK_JOB = 'mail.feedback-link';

/** What a feedback link the server mails is made for (its secret's purpose). */
export const FEEDBACK_LINK_PURPOSE = 'feedback-link';

/** What one-click unsubscribe turns off in such a mail: feedback links to that address. */
export const FEEDBACK_LINK_MAIL_KIND = 'feedback_link';

/**
 * Queues the mails of the links the server sends itself, one job per person asked, keyed by the
 * person's recipient row: queued twice, still sent once. Call after the request committed.
 */
export async function queueFeedbackLinkMails(
  jobs: JobQueue,
  mailed: readonly { recipientId: string }[],
): Promise<void> {
  for (const { recipientId } of mailed) {
    await jobs.send(FEEDBACK_LINK_JOB, { recipientId }, { key: `feedback-link:${recipientId}` });
  }
}

/**
 * The job: the link of one person asked by email, made again from their recipient id by the
 * deployment's secret (nothing secret travels in the job), mailed once (keyed by the recipient)
 * while the request is open and unanswered. The mail names the requester and the kind, never
 * the question: the link's page shows it.
 */
export async function feedbackLinkJob(
  db: Db,
  mail: MailService,
  linkToken: (recipientId: string) => string,
  data: Record<string, unknown>,
) {
  const recipientId = String(data.recipientId ?? '');
  const row = await db
    .selectFrom('feedbackRecipients')
    .innerJoin('feedbackRequests', 'feedbackRequests.id', 'feedbackRecipients.requestId')
    .innerJoin('users', 'users.id', 'feedbackRequests.requesterId')
    .select([
      'feedbackRecipients.email',
      'feedbackRecipients.answered',
      'feedbackRecipients.linkMailed',
      'feedbackRequests.anonymity',
      'feedbackRequests.expiresAt',
      'feedbackRequests.closedAt',
      'users.name as requesterName',
    ])
    .where('feedbackRecipients.id', '=', recipientId)
    .executeTakeFirst();
  if (!row || !row.email || row.linkMailed !== 1 || row.answered === 1) return;
  if (closedAt(row, nowIso()) !== null) return;
  const email = row.email;
  await mail.deliver(db, {
    key: `feedback-link:${recipientId}`,
    to: email,
    unsubscribe: { email, kind: FEEDBACK_LINK_MAIL_KIND },
    render: ({ unsubscribeUrl }) =>
      feedbackLinkMail({
        requesterName: row.requesterName,
        url: `${mail.baseUrl}/feedback/${linkToken(recipientId)}`,
        expiresAt: row.expiresAt,
        anonymousAllowed: row.anonymity === 'allowed',
        unsubscribeUrl,
      }),
  });
}
