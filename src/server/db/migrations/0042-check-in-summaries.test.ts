import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../../../../test-support/databases';
import { migrateToBefore } from '../../../../test-support/migrations';
import { addDays } from '../../../core/calendar';
import { figuresOn } from '../../../core/check-in-summary';
import { type CheckIn, currentStrength, type Schedule, streaks } from '../../../core/practice';
import { summariesOf } from '../check-in-summaries';
import { migrateToLatest } from '../migrate';

const TODAY = '2026-11-23';
const now = '2026-11-23T10:00:00.000Z';
const PRACTICES: [id: string, schedule: Schedule, days: number[]][] = [
  ['p-daily', { type: 'daily' }, [40, 39, 38, 36, 30, 3, 2, 1]],
  ['p-weekly', { type: 'weekly', times: 3 }, [20, 19, 17, 13, 12, 10, 6, 5, 4]],
  ['p-weekdays', { type: 'weekdays', days: [1, 3, 5] }, [14, 12, 9, 7, 5]],
  ['p-none', { type: 'daily' }, []],
];
const statusOf = (days: number): CheckIn['status'] => (days % 5 === 0 ? 'skipped' : 'done');

describe.each(databaseKinds())('migration 0042-check-in-summaries on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  it('summarizes every practice written before it, with the figures of all its check-ins', async () => {
    database = await createTestDatabase(kind, { migrate: false });
    await migrateToBefore(database, '0042-check-in-summaries');
    const { db } = database;
    await sql`insert into users (id, email, name, password_hash, time_zone, created_at, updated_at)
      values ('ana', 'ana@example.com', 'Ana', 'h', 'UTC', ${now}, ${now})`.execute(db);
    for (const [id, schedule, days] of PRACTICES) {
      await sql`insert into practices (id, user_id, name, description, schedule, start_date, created_at, updated_at)
        values (${id}, 'ana', ${id}, '', ${JSON.stringify(schedule)}, ${addDays(TODAY, -60)}, ${now}, ${now})`.execute(
        db,
      );
      for (const d of days) {
        await sql`insert into practice_checkins (id, practice_id, date, status, note, created_at, updated_at)
          values (${`${id}-${d}`}, ${id}, ${addDays(TODAY, -d)}, ${statusOf(d)}, null, ${now}, ${now})`.execute(
          db,
        );
      }
    }

    await migrateToLatest(db);
    const summaries = await summariesOf(
      db,
      PRACTICES.map(([id]) => id),
    );
    expect([...summaries.keys()].sort()).toEqual(['p-daily', 'p-weekdays', 'p-weekly']);
    for (const [id, schedule, days] of PRACTICES) {
      const checkIns = days.map((d) => ({ date: addDays(TODAY, -d), status: statusOf(d) }));
      for (const today of [TODAY, addDays(TODAY, 9)]) {
        expect(figuresOn(schedule, summaries.get(id) ?? null, today)).toEqual({
          strength: currentStrength(schedule, checkIns, addDays(TODAY, -60), today),
          streaks: streaks(schedule, checkIns, today),
        });
      }
    }
    expect(summaries.get('p-daily')?.lastDate).toBe(addDays(TODAY, -1));
    // A deleted practice takes its summary with it.
    await db.deleteFrom('practices').where('id', '=', 'p-daily').execute();
    expect((await summariesOf(db, ['p-daily'])).size).toBe(0);
  });
});
