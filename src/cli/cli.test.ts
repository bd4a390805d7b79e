import { spawn } from 'node:child_process';
import { unzipSync } from 'fflate';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../server/db/database';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../test-support/databases';
import { comparable, livedIn } from '../../test-support/portability';
import { signedInClient, startTestServer, type TestServer } from '../../test-support/server';

type Ran = { code: number | null; stdout: string; stderr: string };

/** Runs `praxis` as a real process (bin/praxis.mjs, as `npx praxis` does). */
function praxis(args: string[], env: Record<string, string> = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve('bin/praxis.mjs'), ...args], {
      env: { ...process.env, DATABASE_URL: '', PRAXIS_TOKEN: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The options that point the CLI at a test database. */
const on = (database: TestDatabase) =>
  database.url ? ['--database-url', database.url] : ['--data-dir', path.dirname(database.file!)];

// Each test starts the CLI as a process (tsx compiles it first): seconds each on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'praxis-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('praxis --help', () => {
  it('lists every command, explains each, and answers wrong usage with exit code 2', async () => {
    const help = await praxis(['--help']);
    expect(help.code).toBe(0);
    for (const command of [
      'serve',
      'migrate',
      'backup',
      'restore',
      'export',
      'import',
      'reflect',
      'seed',
    ]) {
      expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
    const importHelp = await praxis(['import', '--help']);
    expect(importHelp).toMatchObject({ code: 0 });
    expect(importHelp.stdout).toContain(
      'Usage: praxis import --email <email> --format <format> <file>',
    );
    const wrong = await praxis(['import', '--email', 'a@example.com', '--colour', 'red', 'x.json']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/Unknown option '--colour'[\s\S]*See praxis import --help/);
    expect((await praxis(['frobnicate'])).code).toBe(2);
  });
});

describe.each(databaseKinds())('praxis on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  it('exports a person by email and imports the archive into another, the same but for ids', async () => {
    const { client, person } = await signedInClient(server);
    await livedIn(client);
    const file = path.join(dir, `${kind}-archive.json`);
    const exported = await praxis([
      'export',
      '--email',
      person.email,
      '--out',
      file,
      ...on(server.database),
    ]);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(readFileSync(file, 'utf8')).reflections).toHaveLength(4);

    const { person: second } = await signedInClient(server, 'Ben');
    const imported = await praxis([
      'import',
      '--email',
      second.email.toUpperCase(),
      '--format',
      'praxis',
      file,
      ...on(server.database),
    ]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/: \d+ created, 0 already there, 0 left out\./);
    const back = path.join(dir, `${kind}-back.json`);
    const again = ['export', '--email', second.email, '--out', back, ...on(server.database)];
    expect((await praxis(again)).code).toBe(0);
    expect(comparable(readFileSync(back, 'utf8'))).toBe(comparable(readFileSync(file, 'utf8')));

    const nobody = await praxis([
      'export',
      '--email',
      'nobody@example.com',
      ...on(server.database),
    ]);
    expect(nobody).toMatchObject({ code: 1 });
    expect(nobody.stderr).toContain('There is no account with the email nobody@example.com.');
  });

  it('exports the same formats as the web: a Markdown zip, a CSV zip, the PDF report', async () => {
    const { client, person } = await signedInClient(server);
    await livedIn(client);
    const names = (bytes: Buffer) => Object.keys(unzipSync(bytes)).sort();
    const text = (bytes: Buffer) =>
      Object.entries(unzipSync(bytes)).map(([name, data]) => [name, Buffer.from(data).toString()]);
    const web = async (format: string) =>
      Buffer.from(
        await (
          await fetch(`${server.baseUrl}/api/export?format=${format}`, {
            headers: { cookie: `praxis_session=${client.cookie('praxis_session')}` },
          })
        ).arrayBuffer(),
      );
    for (const format of ['markdown', 'csv']) {
      const file = path.join(dir, `${kind}-export-${format}.zip`);
      const ran = await praxis([
        'export',
        '--email',
        person.email,
        '--format',
        format,
        '--out',
        file,
        ...on(server.database),
      ]);
      expect(ran).toMatchObject({ code: 0, stderr: '' });
      expect(ran.stdout).toContain(`(${format}) to ${file}`);
      const fromCli = readFileSync(file);
      const fromWeb = await web(format);
      expect(names(fromCli).length).toBeGreaterThan(3);
      expect(names(fromCli)).toEqual(names(fromWeb));
      if (format === 'csv') expect(text(fromCli)).toEqual(text(fromWeb));
    }
    // The PDF to standard output (not a terminal here), as `praxis export … > year.pdf` does.
    const pdf = await praxis([
      'export',
      '--email',
      person.email,
      '--format',
      'pdf',
      ...on(server.database),
    ]);
    expect(pdf.code).toBe(0);
    expect(pdf.stdout.startsWith('%PDF-')).toBe(true);
    expect(pdf.stdout.trimEnd().endsWith('%%EOF')).toBe(true);

    const wrong = await praxis(['export', '--email', person.email, '--format', 'docx']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--format must be one of json, markdown, csv, pdf.');
  });

  it('reflects through a server with a personal access token and prints the limiting language', async () => {
    const { client } = await signedInClient(server);
    const { token } = (await client.post('/api/tokens', { name: 'CLI' })).body;
    const ran = await praxis(
      ['reflect', 'I can’t ever say no to my boss.', '--server', server.baseUrl],
      { PRAXIS_TOKEN: token },
    );
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^Saved a reflection for \d{4}-\d{2}-\d{2}/);
    expect(ran.stdout).toMatch(/Limiting language \(\d\):\n {2}".*can’t.*" — powerlessness/);
    const { items } = (await client.get('/api/reflections')).body;
    expect(items.map((r: { body: string }) => r.body)).toEqual(['I can’t ever say no to my boss.']);

    const refused = await praxis([
      'reflect',
      'x',
      '--server',
      server.baseUrl,
      '--token',
      'prx_madeup',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/refused the token/);
  });

  it('backs up while a writer writes, and the backup restores to a working instance', async () => {
    const { client, person } = await signedInClient(server);
    let written = 0;
    let writing = true;
    const writer = (async () => {
      while (writing) {
        const answer = await client.post('/api/reflections', {
          kind: 'free',
          body: `Note ${written}`,
        });
        if (answer.status === 201) written += 1;
      }
    })();
    while (written < 5) await new Promise((resolve) => setTimeout(resolve, 20));
    const before = written;
    const file = path.join(dir, `${kind}-backup.${kind === 'sqlite' ? 'db' : 'dump'}`);
    const backedUp = await praxis(['backup', file, ...on(server.database)]);
    writing = false;
    await writer;
    expect(backedUp.stderr).toBe('');
    expect(backedUp).toMatchObject({ code: 0 });
    expect(written).toBeGreaterThan(before);

    const restored: TestDatabase =
      kind === 'sqlite'
        ? await (async () => {
            const target = mkdtempSync(path.join(dir, 'restored-'));
            const ran = await praxis(['restore', file, '--data-dir', target]);
            expect(ran).toMatchObject({ code: 0 });
            const restoredFile = path.join(target, 'praxis.db');
            const db = openDatabase({ kind: 'sqlite', file: restoredFile });
            return { kind, db, file: restoredFile, destroy: () => db.destroy() };
          })()
        : await (async () => {
            const empty = await createTestDatabase('postgres', { migrate: false });
            const ran = await praxis(['restore', file, '--database-url', empty.url!]);
            expect(ran).toMatchObject({ code: 0 });
            return empty;
          })();
    const second = await startTestServer(kind, { database: restored });
    try {
      const again = second.client();
      expect(
        (await again.post('/api/auth/login', { email: person.email, password: person.password }))
          .status,
      ).toBe(200);
      await again.fetchCsrf();
      const { items } = (await again.get('/api/reflections?limit=100')).body;
      // A consistent copy: every reflection written before the backup began, nothing torn.
      expect(items.length).toBeGreaterThanOrEqual(before);
      expect(items.length).toBeLessThanOrEqual(written);
      expect(
        (await again.post('/api/reflections', { kind: 'free', body: 'After the restore.' })).status,
      ).toBe(201);
    } finally {
      await second.close();
      await restored.destroy();
    }
  });
});
