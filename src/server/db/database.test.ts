import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, withStatementCache } from './database';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempFile() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'praxis-db-'));
  dirs.push(dir);
  return path.join(dir, 'praxis.db');
}

describe('the SQLite statement cache', () => {
  it('prepares each SQL text once and keeps the most recently used within its size', () => {
    const sqlite = new SQLite(':memory:');
    const cached = withStatementCache(sqlite, 2);
    const first = cached.prepare('select 1 as a');
    expect(cached.prepare('select 1 as a')).toBe(first);
    cached.prepare('select 2 as a');
    cached.prepare('select 1 as a');
    cached.prepare('select 3 as a');
    // "select 2" was the least recently used, so it went; "select 1" stayed.
    expect(cached.prepare('select 1 as a')).toBe(first);
    expect(cached.prepare('select 1 as a').all([])).toEqual([{ a: 1 }]);
    cached.close();
    expect(sqlite.open).toBe(false);
  });

  it('answers right through Kysely after the schema changes under a kept statement', async () => {
    const db = openDatabase({ kind: 'sqlite', file: tempFile() });
    await sql`create table things (id integer primary key, name text)`.execute(db);
    await sql`insert into things (name) values (${'one'})`.execute(db);
    const read = () => sql<{ name: string }>`select * from things order by id`.execute(db);
    expect((await read()).rows).toEqual([{ id: 1, name: 'one' }]);
    await sql`alter table things add column extra text default 'x'`.execute(db);
    expect((await read()).rows).toEqual([{ id: 1, name: 'one', extra: 'x' }]);
    // Many queries at once share the one connection and its statements.
    const names = await Promise.all(
      Array.from({ length: 50 }, (_, i) => sql<{ n: number }>`select ${i} as n`.execute(db)),
    );
    expect(names.map((r) => r.rows[0]!.n)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    await db.destroy();
  });
});
