import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadEnv } from './env';

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'praxis-env-'));

describe('configuration', () => {
  it('has working defaults: port 8080, SQLite under the data dir, rate limits on', () => {
    const dir = tempDir();
    const env = loadEnv({ PRAXIS_DATA_DIR: dir });
    expect(env).toMatchObject({
      port: 8080,
      databaseUrl: undefined,
      dataDir: dir,
      baseUrl: 'http://localhost:8080',
      rateLimit: true,
      secure: false,
    });
  });

  it('generates a session secret once, keeps it private in the data dir, and reuses it', () => {
    const dir = tempDir();
    const first = loadEnv({ PRAXIS_DATA_DIR: dir }).sessionSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    const file = path.join(dir, 'session-secret');
    expect(readFileSync(file, 'utf8')).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadEnv({ PRAXIS_DATA_DIR: dir }).sessionSecret).toBe(first);
    expect(
      loadEnv({ PRAXIS_DATA_DIR: dir, PRAXIS_SESSION_SECRET: 's'.repeat(40) }).sessionSecret,
    ).toBe('s'.repeat(40));
  });

  it('reads every documented variable', () => {
    const env = loadEnv({
      PORT: '9000',
      DATABASE_URL: 'postgres://u@db:5432/praxis',
      PRAXIS_DATA_DIR: tempDir(),
      PRAXIS_BASE_URL: 'https://praxis.example.org/',
      PRAXIS_SESSION_SECRET: 'x'.repeat(32),
      PRAXIS_RATE_LIMIT: 'off',
    });
    expect(env).toMatchObject({
      port: 9000,
      databaseUrl: 'postgres://u@db:5432/praxis',
      baseUrl: 'https://praxis.example.org',
      secure: true,
      rateLimit: false,
    });
  });

  it('reads PRAXIS_TRUST_PROXY as a number of proxy hops: off is none, on is one', () => {
    const hops = (value: string | undefined) =>
      loadEnv({ PRAXIS_DATA_DIR: tempDir(), PRAXIS_TRUST_PROXY: value }).trustProxy;
    expect(hops(undefined)).toBe(0);
    expect(hops('off')).toBe(0);
    expect(hops('false')).toBe(0);
    expect(hops('0')).toBe(0);
    expect(hops('on')).toBe(1);
    expect(hops('true')).toBe(1);
    expect(hops('1')).toBe(1);
    expect(hops('2')).toBe(2);
    for (const bad of ['-1', '1.5', '11', 'yes']) {
      expect(() => hops(bad), bad).toThrow(ConfigError);
    }
  });

  it('lists every bad variable at once', () => {
    let error: unknown;
    try {
      loadEnv({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        PRAXIS_SESSION_SECRET: 'short',
        PRAXIS_RATE_LIMIT: 'maybe',
        PRAXIS_BASE_URL: 'ftp://x',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.map((p) => p.split(':')[0]);
    expect(problems.sort()).toEqual([
      'DATABASE_URL',
      'PORT',
      'PRAXIS_BASE_URL',
      'PRAXIS_RATE_LIMIT',
      'PRAXIS_SESSION_SECRET',
    ]);
    expect((error as Error).message).toContain('Invalid configuration');
  });
});
