import { type ParsedMail, simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { expect } from 'vitest';

export type ReceivedMail = {
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: ParsedMail['headers'];
  /** The raw message as it arrived. */
  raw: string;
  /** A header's value as it arrived (unfolded), or null. */
  header: (name: string) => string | null;
};

function rawHeader(raw: string, name: string): string | null {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const line = head
    .split(/\r?\n/)
    .find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : null;
}

export type TestSmtp = {
  /** `smtp://user:pass@127.0.0.1:<port>` for PRAXIS_SMTP_URL. */
  url: string;
  received: ReceivedMail[];
  /** Refuses the next `count` messages with a temporary error (451), to test retries. */
  refuseNext: (count: number) => void;
  /** Waits until `count` mails to an address arrived (15 s), and returns those. */
  mailsTo: (address: string, count?: number) => Promise<ReceivedMail[]>;
  close: () => Promise<void>;
};

/**
 * A real SMTP server on a random localhost port (smtp-server), which accepts one user and keeps
 * every message it receives, parsed by mailparser: tests read what Praxis actually sent.
 */
export async function startTestSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'praxis' && auth.password === 'mail-secret') {
        callback(null, { user: auth.username });
      } else {
        callback(new Error('Invalid username or password'));
      }
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (refusals > 0) {
          refusals -= 1;
          const error = Object.assign(new Error('Try again later'), { responseCode: 451 });
          callback(error);
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then(
          (parsed) => {
            received.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              headers: parsed.headers,
              raw,
              header: (name) => rawHeader(raw, name),
            });
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const mailsTo = async (address: string, count = 1) => {
    const to = (mail: ReceivedMail) => mail.to.includes(address);
    await expect
      .poll(() => received.filter(to).length, { timeout: 15_000, interval: 50 })
      .toBeGreaterThanOrEqual(count);
    return received.filter(to);
  };
  return {
    url: `smtp://praxis:mail-secret@127.0.0.1:${port}`,
    received,
    refuseNext: (count) => {
      refusals = count;
    },
    mailsTo,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The link in a mail's text that starts with `prefix` (e.g. `/reset-password/`). */
export function linkIn(mail: ReceivedMail, prefix: string): string {
  const match = new RegExp(`https?://[^\\s]*${prefix}[A-Za-z0-9_.-]+`).exec(mail.text);
  if (!match) throw new Error(`no ${prefix} link in "${mail.subject}"`);
  return match[0];
}
