import { startTestSmtp, type TestSmtp } from '../../test-support/smtp';
import { startBuiltServer } from './built-server';

export type MailPraxis = { baseUrl: string; smtp: TestSmtp; stop: () => Promise<void> };

/**
 * A second built Praxis (global set-up built it) with mail on, sending to a real SMTP server
 * on localhost that the test reads; on its own fresh SQLite directory.
 */
export async function startMailPraxis(): Promise<MailPraxis> {
  const smtp = await startTestSmtp();
  const praxis = await startBuiltServer({
    PRAXIS_SMTP_URL: smtp.url,
    PRAXIS_MAIL_FROM: 'Praxis <praxis@example.test>',
  });
  return {
    baseUrl: praxis.baseUrl,
    smtp,
    stop: async () => {
      await praxis.stop();
      await smtp.close();
    },
  };
}
