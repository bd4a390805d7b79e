import nodemailer from 'nodemailer';
import type { Db } from '../db/database';
import { isUniqueViolation } from '../db/errors';
import type { MailConfig } from '../env';
import { nowIso } from '../lib/time';
import type { RenderedMail } from './templates';
import { unsubscribeToken, type UnsubscribeClaim } from './unsubscribe';

/** One mail to deliver: its key (sent once per key), recipient, kind and how it renders. */
export type Delivery = {
  key: string;
  to: string;
  /** What its one-click unsubscribe turns off: a notification kind, or `account`. */
  unsubscribe: UnsubscribeClaim;
  render: (links: { unsubscribeUrl: string }) => RenderedMail;
};

export type MailService = {
  /** The public address of Praxis, which links in mail start with. */
  baseUrl: string;
  /**
   * Sends a mail once per key: the key is claimed in `mail_deliveries` before sending (a
   * second attempt with it, from any instance, sends nothing) and released when sending fails,
   * so that the job's retry sends it. Nothing goes to an address that unsubscribed from its
   * kind. True when this call sent it.
   */
  deliver(db: Db, delivery: Delivery): Promise<boolean>;
  close(): void;
};

/**
 * Mail through SMTP (Nodemailer). Every mail has a plain-text and an HTML part, and
 * `List-Unsubscribe` with `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058).
 */
export function createMailService(
  config: MailConfig,
  baseUrl: string,
  secret: string,
): MailService {
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    baseUrl,
    async deliver(db, delivery) {
      const suppressed = await db
        .selectFrom('mailSuppressions')
        .select('kind')
        .where('email', '=', delivery.to)
        .where('kind', '=', delivery.unsubscribe.kind)
        .executeTakeFirst();
      if (suppressed) return false;
      try {
        await db
          .insertInto('mailDeliveries')
          .values({ key: delivery.key, sentAt: nowIso() })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
      const unsubscribeUrl = `${baseUrl}/api/mail/unsubscribe/${unsubscribeToken(secret, delivery.unsubscribe)}`;
      const mail = delivery.render({ unsubscribeUrl });
      try {
        await transport.sendMail({
          from: config.from,
          to: delivery.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          headers: {
            'List-Unsubscribe': `<${unsubscribeUrl}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            'Auto-Submitted': 'auto-generated',
          },
        });
      } catch (error) {
        await db.deleteFrom('mailDeliveries').where('key', '=', delivery.key).execute();
        throw error;
      }
      return true;
    },
    close: () => transport.close(),
  };
}
