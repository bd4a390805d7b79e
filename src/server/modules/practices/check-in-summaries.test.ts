import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../../../../test-support/databases';
import { scheduleArbitrary } from '../../../../test-support/practice-arbitraries';
import { addDays } from '../../../core/calendar';
import type { Db } from '../../db/database';
import { todayFor } from '../../db/people';
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';
import {
  checkIn,
  createPractice,
  findOwnPractice,
  loadCheckIns,
  undoCheckIn,
  updatePractice,
} from './commands';
import { figuresFrom } from './presenters';
import { figuresOf } from './queries';

/** What a person does to a practice: tick or skip a day (new, again, or back-dated), undo one, reschedule. */
const operation = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('check-in' as const),
      daysAgo: fc.integer({ min: 0, max: 16 }),
      status: fc.constantFrom<'done' | 'skipped'>('done', 'done', 'done', 'skipped'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('undo' as const),
      daysAgo: fc.integer({ min: 0, max: 16 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('schedule' as const), schedule: scheduleArbitrary }),
  },
);

async function newPerson(db: Db): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db
    .insertInto('users')
    .values({
      id,
      email: `${id}@example.com`,
      name: 'Ana',
      passwordHash: 'h',
      timeZone: 'UTC',
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  return id;
}

describe.each(databaseKinds())('check-in summaries on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.destroy());

  it('keeps the summary true when one practice is checked in on many days at once', async () => {
    const { db } = database;
    const userId = await newPerson(db);
    const { id } = await createPractice(db, userId, { name: 'Read', schedule: { type: 'daily' } });
    const today = await todayFor(db, userId);
    await Promise.all(
      [5, 3, 0, 4, 1, 2, 6].map((daysAgo) =>
        checkIn(db, userId, id, addDays(today, -daysAgo), { status: 'done' }),
      ),
    );
    const row = await findOwnPractice(db, userId, id);
    const kept = (await figuresOf(db, [row], today)).get(id);
    expect(kept).toEqual(figuresFrom(row, await loadCheckIns(db, [id]), today));
    expect(kept?.streaks.current).toBe(7);
  });

  it('after any check-ins, undos and schedule changes, the stored summary gives the figures of every check-in', async () => {
    const { db } = database;
    await fc.assert(
      fc.asyncProperty(
        scheduleArbitrary,
        fc.array(operation, { minLength: 1, maxLength: 14 }),
        fc.integer({ min: 0, max: 20 }),
        async (schedule, operations, readLater) => {
          const userId = await newPerson(db);
          const { id } = await createPractice(db, userId, { name: 'Walk', schedule });
          const today = await todayFor(db, userId);
          for (const op of operations) {
            if (op.kind === 'check-in') {
              await checkIn(db, userId, id, addDays(today, -op.daysAgo), { status: op.status });
            } else if (op.kind === 'undo') {
              await undoCheckIn(db, userId, id, addDays(today, -op.daysAgo)).catch(
                (error: { statusCode?: number }) => expect(error.statusCode).toBe(404),
              );
            } else {
              await updatePractice(db, userId, id, { schedule: op.schedule });
            }
          }
          const row = await findOwnPractice(db, userId, id);
          const all = await loadCheckIns(db, [id]);
          for (const day of [today, addDays(today, readLater)]) {
            const kept = (await figuresOf(db, [row], day)).get(id);
            // toEqual on numbers is Object.is: the stored float is the computed one, exactly.
            expect(kept).toEqual(figuresFrom(row, all, day));
          }
        },
      ),
      { numRuns: 20 },
    );
  });
});
