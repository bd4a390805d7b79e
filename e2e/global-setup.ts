import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the Praxis under test listens. */
    e2eBaseUrl: string;
  }
}

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

/**
 * Builds Praxis and starts it the way `npm start` does (bundled server, built web app, a fresh
 * SQLite data directory, no sign-up rate limit), then waits until it answers.
 */
export default async function setup(project: TestProject) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { encoding: 'utf8' });
  if (build.status !== 0)
    throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);

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
      // Each test signs up people of its own through the API: far more than the 30 sign-ups per
      // address and quarter hour a real server allows from one machine.
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
  project.provide('e2eBaseUrl', baseUrl);

  return () => {
    server.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  };
}
