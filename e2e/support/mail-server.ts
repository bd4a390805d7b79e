import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startTestSmtp, type TestSmtp } from '../../test-support/smtp';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export type MailPraxis = { baseUrl: string; smtp: TestSmtp; stop: () => Promise<void> };

/**
 * A second built Praxis (global set-up built it) with mail on, sending to a real SMTP server
 * on localhost that the test reads; on its own fresh SQLite directory.
 */
export async function startMailPraxis(): Promise<MailPraxis> {
  const smtp = await startTestSmtp();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'praxis-e2e-mail-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(process.execPath, ['dist/server/main.js'], {
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      PRAXIS_DATA_DIR: dataDir,
      PRAXIS_BASE_URL: baseUrl,
      PRAXIS_SMTP_URL: smtp.url,
      PRAXIS_MAIL_FROM: 'Praxis <praxis@example.test>',
      LOG_LEVEL: 'warn',
      PRAXIS_RATE_LIMIT: 'off',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (server.exitCode !== null) throw new Error(`Praxis exited with ${server.exitCode}`);
    if (Date.now() > deadline) throw new Error('Praxis did not answer within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseUrl,
    smtp,
    stop: async () => {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
      await smtp.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
