import { CamelCasePlugin, CompiledQuery, type Insertable, type Transaction } from 'kysely';
import { type Db, dialectOf } from '../db/database';
import type { DB } from '../db/schema';

/** Tables in an order that inserts every row after the rows it refers to. */
export const INSERT_ORDER = [
  'users',
  'orgs',
  'orgMembers',
  'teams',
  'teamMembers',
  'teamMembershipEvents',
  'statisticsConsents',
  'programs',
  'programItems',
  'programSessions',
  'programEnrollments',
  'purposeRevisions',
  'personalValues',
  'aspirations',
  'visionRevisions',
  'realityAssessments',
  'actionSteps',
  'practices',
  'practiceCheckins',
  'checkInSummaries',
  'reflections',
  'moodCheckins',
  'learningItems',
  'learningItemAspirations',
  'learningSessions',
  'feedbackRequests',
  'feedbackRecipients',
  'feedbackAnswers',
  'weeklyReviews',
  'weeklyReviewRatings',
  'statisticsWeeks',
  'statisticsLearning',
  'statisticsLearningThemes',
] as const satisfies readonly (keyof DB)[];

export type SeedTable = (typeof INSERT_ORDER)[number];

/** Bind parameters one statement may carry: SQLite allows 32,766, PostgreSQL 65,535. */
const MAX_PARAMETERS = { sqlite: 32_000, postgres: 65_000 } as const;
const MAX_ROWS_PER_STATEMENT = 1000;

/** The database's names for the schema's: the same conversion the app's Kysely plugin makes. */
class Names extends CamelCasePlugin {
  of(name: string): string {
    return `"${this.snakeCase(name)}"`;
  }
}
const names = new Names();

/**
 * The text of a multi-row insert of `count` rows: built once per table and size, and sent
 * straight to the driver (which keeps it prepared), so a row costs binding its values only —
 * not a query tree of its own that Kysely would build, transform and compile.
 */
function insertText(
  dialect: 'sqlite' | 'postgres',
  table: string,
  columns: string[],
  count: number,
): string {
  const tuples: string[] = [];
  let n = 0;
  for (let row = 0; row < count; row += 1) {
    const marks = columns.map(() => (dialect === 'postgres' ? `$${(n += 1)}` : '?'));
    tuples.push(`(${marks.join(',')})`);
  }
  return `insert into ${names.of(table)} (${columns.map((c) => names.of(c)).join(',')}) values ${tuples.join(',')}`;
}

/**
 * Statement texts by dialect, table, columns and size, kept for the whole seed: the same string
 * each time, so that the driver's statement cache finds it without building or hashing it anew.
 */
const texts = new Map<string, string>();

function insertTextOf(
  dialect: 'sqlite' | 'postgres',
  table: string,
  columns: string[],
  count: number,
): string {
  const key = `${dialect} ${table} ${columns.join(',')} ${count}`;
  let text = texts.get(key);
  if (!text) {
    text = insertText(dialect, table, columns, count);
    texts.set(key, text);
  }
  return text;
}

/**
 * Writes the rows of one table, which must all have the same columns (those of the first row;
 * a row missing one is refused), in statements of `size`. The values go into one array per
 * statement, filled in place: no copy of the rows, no list of keys per row.
 */
async function insertRows(
  trx: Transaction<DB>,
  dialect: 'sqlite' | 'postgres',
  table: SeedTable,
  rows: Record<string, unknown>[],
): Promise<void> {
  const columns = Object.keys(rows[0]!);
  const width = columns.length;
  const size = Math.max(
    1,
    Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS[dialect] / width)),
  );
  for (let start = 0; start < rows.length; start += size) {
    const count = Math.min(size, rows.length - start);
    const values: unknown[] = new Array(count * width);
    let at = 0;
    for (let r = start; r < start + count; r += 1) {
      const row = rows[r]!;
      for (let c = 0; c < width; c += 1) {
        const value = row[columns[c]!];
        if (value === undefined) throw new Error(`${table}: rows differ in their columns`);
        values[at++] = value;
      }
    }
    await trx.executeQuery(CompiledQuery.raw(insertTextOf(dialect, table, columns, count), values));
  }
}

/** Rows gathered for a bulk insert, table by table. */
export class Batch {
  readonly rows = new Map<SeedTable, Record<string, unknown>[]>();
  count = 0;

  add<T extends SeedTable>(table: T, row: Insertable<DB[T]>): void {
    let list = this.rows.get(table);
    if (!list) {
      list = [];
      this.rows.set(table, list);
    }
    list.push(row as Record<string, unknown>);
    this.count += 1;
  }

  /**
   * Writes every row in one transaction, table by table in `INSERT_ORDER`, as multi-row inserts
   * as large as the engine's parameter limit allows; returns how many rows were written.
   */
  async flush(db: Db): Promise<number> {
    const dialect = dialectOf(db);
    const written = this.count;
    await db.transaction().execute(async (trx) => {
      for (const table of INSERT_ORDER) {
        const rows = this.rows.get(table);
        if (rows && rows.length > 0) await insertRows(trx, dialect, table, rows);
      }
    });
    this.rows.clear();
    this.count = 0;
    return written;
  }
}
