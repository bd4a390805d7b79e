import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { startBuiltServer } from './support/built-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the Praxis under test listens. */
    e2eBaseUrl: string;
  }
}

/**
 * Builds Praxis and starts it the way `npm start` does (bundled server, built web app, a fresh
 * SQLite data directory, no sign-up rate limit), then waits until it answers.
 */
export default async function setup(project: TestProject) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { encoding: 'utf8' });
  if (build.status !== 0)
    throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
  const praxis = await startBuiltServer();
  project.provide('e2eBaseUrl', praxis.baseUrl);
  return () => praxis.stop();
}
