import type { Insertable } from 'kysely';
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
] as const satisfies readonly (keyof DB)[];

export type SeedTable = (typeof INSERT_ORDER)[number];

/** Bind parameters one statement may carry: SQLite allows 32,766, PostgreSQL 65,535. */
const MAX_PARAMETERS = { sqlite: 32_000, postgres: 65_000 } as const;
const MAX_ROWS_PER_STATEMENT = 1000;

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
    const limit = MAX_PARAMETERS[dialectOf(db)];
    const written = this.count;
    await db.transaction().execute(async (trx) => {
      for (const table of INSERT_ORDER) {
        const rows = this.rows.get(table);
        if (!rows || rows.length === 0) continue;
        const columns = Object.keys(rows[0]!).length;
        const size = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(limit / columns)));
        for (let i = 0; i < rows.length; i += size) {
          await trx
            .insertInto(table)
            .values(rows.slice(i, i + size) as never)
            .execute();
        }
      }
    });
    this.rows.clear();
    this.count = 0;
    return written;
  }
}
