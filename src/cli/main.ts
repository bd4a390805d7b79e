import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { migrateToLatest } from '../server/db/migrate';
import { backup, restore } from './backup';
import { exportData, importFile } from './data';
import { DATABASE_HELP, DATABASE_OPTIONS, whereFrom, withDatabase } from './database';
import { CliError, UsageError } from './errors';
import { reflect } from './reflect';

type Values = Record<string, string | boolean | undefined>;

type Command = {
  summary: string;
  usage: string;
  /** Options and what they mean, as printed by --help. */
  details: string;
  options: NonNullable<ParseArgsConfig['options']>;
  positionals: [min: number, max: number];
  /** Passes its arguments on unparsed (seed). */
  raw?: true;
  run: (values: Values, positionals: string[]) => Promise<string | void>;
};

const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);
const FORCE = { force: { type: 'boolean' } } as const;

const COMMANDS: Record<string, Command> = {
  serve: {
    summary: 'run the Praxis server (configured by the environment, as in the README)',
    usage: 'praxis serve [--port N] [--host H]',
    details: `  --port N   the HTTP port (default: PORT or 8080)
  --host H   the interface to listen on (default: HOST or 127.0.0.1)`,
    options: { port: { type: 'string' }, host: { type: 'string' } },
    positionals: [0, 0],
    run: async (values) => {
      if (str(values.port)) process.env.PORT = str(values.port);
      if (str(values.host)) process.env.HOST = str(values.host);
      await import('../server/main');
      return new Promise<void>(() => {});
    },
  },
  migrate: {
    summary: 'bring the database to the latest schema (the server does this at start too)',
    usage: 'praxis migrate [--database-url URL] [--data-dir DIR]',
    details: DATABASE_HELP,
    options: { ...DATABASE_OPTIONS },
    positionals: [0, 0],
    run: (values) =>
      withDatabase(whereFrom(values), async (db) => {
        const applied = await migrateToLatest(db);
        return applied.length
          ? `Applied ${applied.length} migration(s): ${applied.join(', ')}.`
          : 'The database is up to date.';
      }),
  },
  backup: {
    summary:
      'copy the database to a file while the server runs (SQLite: online backup; PostgreSQL: pg_dump)',
    usage: 'praxis backup <file> [--force] [--database-url URL] [--data-dir DIR]',
    details: `  <file>    where the backup goes (SQLite: a database file; PostgreSQL: a pg_dump custom archive)
  --force   replace <file> if it exists
${DATABASE_HELP}`,
    options: { ...DATABASE_OPTIONS, ...FORCE },
    positionals: [1, 1],
    run: (values, [file]) => backup(whereFrom(values), file!, values.force === true),
  },
  restore: {
    summary: 'put a backup in place (stop the server first)',
    usage: 'praxis restore <file> [--force] [--database-url URL] [--data-dir DIR]',
    details: `  <file>    a backup made by praxis backup
  --force   SQLite: replace the existing database (PostgreSQL: pg_restore --clean always replaces)
${DATABASE_HELP}`,
    options: { ...DATABASE_OPTIONS, ...FORCE },
    positionals: [1, 1],
    run: (values, [file]) => restore(whereFrom(values), file!, values.force === true),
  },
  export: {
    summary:
      "write one person's data (archive, Markdown, CSV, PDF) — for operators, from the database",
    usage: 'praxis export --email <email> [--format json|markdown|csv|pdf] [--out <file>]',
    details: `  --email E     whose data
  --format F    as Account → Your data gives it: json (the full archive, the default),
                markdown (a zip of Markdown files), csv (a zip of CSV files) or
                pdf (the year-in-practice report)
  --out FILE    write there (default: standard output; a zip or PDF not to a terminal)
${DATABASE_HELP}`,
    options: {
      ...DATABASE_OPTIONS,
      email: { type: 'string' },
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
    },
    positionals: [0, 0],
    run: (values) => {
      const email = required(values, 'email', 'export');
      return withDatabase(whereFrom(values), (db) =>
        exportData(db, email, str(values.format) ?? 'json', str(values.out)),
      );
    },
  },
  import: {
    summary: "import a file into one person's account — for operators, straight into the database",
    usage: 'praxis import --email <email> --format <format> <file>',
    details: `  <file>        the file to import
  --email E     into whose account
  --format F    praxis, dayone, loop, goodreads or markdown
${DATABASE_HELP}`,
    options: { ...DATABASE_OPTIONS, email: { type: 'string' }, format: { type: 'string' } },
    positionals: [1, 1],
    run: (values, [file]) => {
      const email = required(values, 'email', 'import');
      const format = required(values, 'format', 'import');
      return withDatabase(whereFrom(values), (db) => importFile(db, email, format, file!));
    },
  },
  reflect: {
    summary: 'write a reflection on a Praxis server and print the limiting language found in it',
    usage: 'praxis reflect "text" [--server URL] [--token prx_…]   (or the text on standard input)',
    details: `  "text"        the reflection (without it, standard input is read)
  --server URL  the server (default: PRAXIS_SERVER or http://localhost:8080)
  --token T     a personal access token with read-write scope (default: PRAXIS_TOKEN)`,
    options: { server: { type: 'string' }, token: { type: 'string' } },
    positionals: [0, 1],
    run: async (values, [text]) => {
      const body = text ?? (process.stdin.isTTY ? '' : await readStdin());
      if (!body.trim()) throw new UsageError('Give the text of the reflection.', 'reflect');
      const server = str(values.server) ?? process.env.PRAXIS_SERVER ?? 'http://localhost:8080';
      return reflect(server, str(values.token) ?? process.env.PRAXIS_TOKEN, body);
    },
  },
  seed: {
    summary:
      'fill the database with a synthetic organization (npm run seed; see praxis seed --help)',
    usage: 'praxis seed --people N --days D [--seed S] [--database-url URL] [--data-dir DIR]',
    details: '  the options of npm run seed',
    options: {},
    positionals: [0, 0],
    raw: true,
    run: async (_values, args) => {
      // The seed reads its own arguments from the command line.
      process.argv = [process.argv[0]!, 'praxis-seed', ...args];
      await import('../server/seed/main');
    },
  },
};

function required(values: Values, name: string, command: string): string {
  const value = str(values[name]);
  if (!value) throw new UsageError(`--${name} is required.`, command);
  return value;
}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text;
}

function version(): string {
  const file = path.resolve(import.meta.dirname, '../../package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function overview(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  return [
    'Usage: praxis <command> [options]',
    '',
    'Praxis from the command line: run, migrate, back up and restore the server; export and',
    "import a person's data (operators, on the database directly); reflect through the API.",
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Run praxis <command> --help for its options. Exit codes: 0 done, 1 failed, 2 wrong usage.',
  ].join('\n');
}

const helpOf = (name: string, command: Command) =>
  `Usage: ${command.usage}\n\n${command.summary[0]!.toUpperCase()}${command.summary.slice(1)}.\n\nOptions:\n${command.details}\n  --help        this help`;

/** Runs the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${overview()}\n`);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`There is no command "${name}".`);
    if (rest.includes('--help') || rest.includes('-h')) {
      if (command.raw) {
        await command.run({}, ['--help']);
        return 0;
      }
      process.stdout.write(`${helpOf(name, command)}\n`);
      return 0;
    }
    if (command.raw) {
      await command.run({}, rest);
      return 0;
    }
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        options: command.options,
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw new UsageError((error as Error).message.split('\n')[0]!, name);
    }
    const [min, max] = command.positionals;
    if (parsed.positionals.length < min) throw new UsageError('Missing an argument.', name);
    if (parsed.positionals.length > max) {
      throw new UsageError(`Unexpected argument: ${parsed.positionals[max]}.`, name);
    }
    const said = await command.run(parsed.values as Values, parsed.positionals);
    if (said) process.stdout.write(`${said}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      const hint = error.command ? `praxis ${error.command} --help` : 'praxis --help';
      process.stderr.write(`praxis: ${error.message}\nSee ${hint}.\n`);
      return 2;
    }
    if (error instanceof CliError) {
      process.stderr.write(`praxis: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`praxis: ${(error as Error).message ?? String(error)}\n`);
    return 1;
  }
}

const code = await main(process.argv.slice(2));
if (process.argv[2] !== 'serve') process.exitCode = code;
