import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFlags } from '../scripts/start-flags.mjs';

const root = path.resolve(import.meta.dirname, '..');

describe("npm start's Node flags (decisions 0058 and 0071)", () => {
  it('are the young generation and the heap growing flags, and this Node accepts each of them', () => {
    const flags = startFlags(root);
    expect(flags).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^--max-semi-space-size=\d+$/),
        expect.stringMatching(/^--heap-growing-percent=\d+$/),
      ]),
    );
    // A V8 flag a later Node no longer knows stops the server before it starts.
    const run = spawnSync(process.execPath, [...flags, '-e', 'process.exit(0)'], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('an unknown flag is refused, so the check above could fail', () => {
    const run = spawnSync(process.execPath, ['--heap-growing-percentage=50', '-e', '0'], {
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
  });
});
