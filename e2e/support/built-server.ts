import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

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

export type BuiltServer = { baseUrl: string; stop: () => Promise<void> };

/**
 * The built Praxis (`npm run build` made `dist/`) started the way `npm start` does, on a fresh
 * SQLite data directory and a free port, with `env` added (mail settings, say); resolves once
 * it answers. Each test signs up people of its own through the API: far more than the 30
 * sign-ups per address and quarter hour a real server allows, so the rate limit is off.
 *
 * @example const praxis = await startBuiltServer({ PRAXIS_SMTP_URL: smtp.url });
 */
export async function startBuiltServer(env: Record<string, string> = {}): Promise<BuiltServer> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'praxis-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(process.execPath, ['dist/server/main.js'], {
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      PRAXIS_DATA_DIR: dataDir,
      PRAXIS_BASE_URL: baseUrl,
      LOG_LEVEL: 'warn',
      PRAXIS_RATE_LIMIT: 'off',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (server.exitCode !== null) throw new Error(`Praxis exited with ${server.exitCode}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error('Praxis did not answer within 30 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { baseUrl, stop };
}
