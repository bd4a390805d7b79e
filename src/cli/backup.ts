import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { CliError } from './errors';
import { progressBar } from './progress';
import type { Where } from './database';

/** Pages copied per step of a SQLite backup (16 MB of 4 KB pages). */
const STEP_PAGES = 4096;
/** After this many restarts (writes by the server in between), the rest is copied in one step. */
const RESTARTS_BEFORE_ONE_STEP = 3;

const pgDump = (url: string, file: string) => [
  'pg_dump',
  '--format=custom',
  '--no-owner',
  '--file',
  file,
  url,
];
const pgRestore = (url: string, file: string) => [
  'pg_restore',
  '--clean',
  '--if-exists',
  '--no-owner',
  '--single-transaction',
  '--dbname',
  url,
  file,
];

/** Runs a PostgreSQL client tool; when it is not installed, says how to run it. */
function run([command, ...args]: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command!, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new CliError(
              `${command} is not installed (PostgreSQL's client tools). Run it where it is:\n  ${[command, ...args].join(' ')}`,
            )
          : error,
      ),
    );
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new CliError(`${command} ended with exit code ${code}.`)),
    );
  });
}

/** Whether a SQLite file is whole: `pragma integrity_check` answers ok. */
function checkSqlite(file: string): void {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const [result] = db.pragma('integrity_check') as { integrity_check: string }[];
    if (result?.integrity_check !== 'ok') {
      throw new CliError(`${file} is damaged: ${result?.integrity_check ?? 'no answer'}.`);
    }
    const migrated = db
      .prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'")
      .get();
    if (!migrated) throw new CliError(`${file} is not a Praxis database.`);
  } finally {
    db.close();
  }
}

/** Copies one SQLite database into another through SQLite's online backup, with a progress bar. */
async function sqliteCopy(from: string, to: string, label: string): Promise<void> {
  const source = new Database(from, { readonly: true, fileMustExist: true });
  const bar = progressBar(label);
  let lastRemaining = Infinity;
  let restarts = 0;
  try {
    await source.backup(to, {
      progress: ({ totalPages, remainingPages }) => {
        if (remainingPages > lastRemaining) restarts += 1;
        lastRemaining = remainingPages;
        bar.update(totalPages ? (totalPages - remainingPages) / totalPages : 1);
        return restarts >= RESTARTS_BEFORE_ONE_STEP ? totalPages : STEP_PAGES;
      },
    });
  } finally {
    bar.done();
    source.close();
  }
}

/**
 * A backup while the server runs. SQLite: SQLite's online backup API (better-sqlite3's
 * `backup`), which copies a consistent state of the database, WAL included, while writes go on
 * (a write between two steps starts the copy again; after three, it is copied in one step),
 * then checked whole. PostgreSQL: `pg_dump --format=custom`, one consistent snapshot.
 */
export async function backup(where: Where, file: string, force: boolean): Promise<string> {
  if (existsSync(file) && !force) {
    throw new CliError(`${file} exists already; choose another name or add --force.`);
  }
  if (where.kind === 'postgres') {
    await run(pgDump(where.url, file));
    return `Backed up PostgreSQL with pg_dump to ${file} (${statSync(file).size} bytes). Restore: praxis restore ${file}`;
  }
  if (!existsSync(where.file)) throw new CliError(`There is no database at ${where.file}.`);
  await sqliteCopy(where.file, file, 'Backing up');
  checkSqlite(file);
  return `Backed up ${where.file} to ${file} (${statSync(file).size} bytes, checked whole).`;
}

/**
 * Puts a backup in place. Stop the server first. SQLite: the backup is checked whole, then
 * copied over the database through the backup API (which also resets its WAL); an existing
 * database is replaced only with --force. PostgreSQL: `pg_restore --clean` in one transaction.
 */
export async function restore(where: Where, file: string, force: boolean): Promise<string> {
  if (!existsSync(file)) throw new CliError(`There is no backup at ${file}.`);
  if (where.kind === 'postgres') {
    await run(pgRestore(where.url, file));
    return `Restored ${file} into PostgreSQL with pg_restore.`;
  }
  checkSqlite(file);
  if (existsSync(where.file) && !force) {
    throw new CliError(
      `${where.file} exists; stop the server, then add --force to replace it with ${file}.`,
    );
  }
  mkdirSync(path.dirname(where.file), { recursive: true });
  await sqliteCopy(file, where.file, 'Restoring');
  checkSqlite(where.file);
  return `Restored ${file} to ${where.file}. Start the server: praxis serve`;
}
