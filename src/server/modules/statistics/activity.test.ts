import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../../../../test-support/databases';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';
import { localDate } from '../../../core/calendar';
import { recordActivity } from './activity';

const DAY = 86_400_000;

/** A write the Today page and the write path make, on a day up to 100 days back. */
const write = fc.oneof(
  fc.record({ kind: fc.constant('reflection' as const), ago: fc.integer({ min: 0, max: 100 }) }),
  fc.record({
    kind: fc.constantFrom('done' as const, 'skipped' as const, 'untick' as const),
    practice: fc.integer({ min: 0, max: 1 }),
    ago: fc.integer({ min: 0, max: 100 }),
  }),
);

describe.each(databaseKinds())('the statistics rollup on %s', (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startTestServer(kind, { database });
  });
  afterAll(async () => {
    await server.close();
    await database.destroy();
  });

  const stored = (userId: string) =>
    Promise.all([
      database.db
        .selectFrom('statisticsWeeks')
        .selectAll()
        .where('userId', '=', userId)
        .orderBy('week')
        .execute(),
      database.db
        .selectFrom('statisticsLearning')
        .selectAll()
        .where('userId', '=', userId)
        .orderBy('week')
        .orderBy('kind')
        .execute(),
    ]);

  it('written week by week equals the rollup computed again from the raw rows', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 12 }), async (writes) => {
        const { client, user } = await signedInClient(server);
        const practices = await Promise.all(
          [{ type: 'daily' }, { type: 'weekly', times: 2 }].map(
            async (schedule, i) =>
              (await client.post('/api/practices', { name: `Practice ${i}`, schedule })).body.id,
          ),
        );
        for (const w of writes) {
          const at = new Date(Date.now() - w.ago * DAY).toISOString();
          if (w.kind === 'reflection') {
            expect(
              (await client.post('/api/reflections', { kind: 'daily', body: 'A day.', at })).status,
            ).toBe(201);
            continue;
          }
          const path = `/api/practices/${practices[w.practice]}/checkins/${localDate(at, 'UTC')}`;
          const answer =
            w.kind === 'untick'
              ? await client.delete(path)
              : await client.put(path, { status: w.kind });
          // Unticking a day without a check-in is a 404 and changes nothing.
          expect(answer.status < 300 || (w.kind === 'untick' && answer.status === 404)).toBe(true);
        }
        const incremental = await stored(user.id);
        await database.db.deleteFrom('statisticsWeeks').where('userId', '=', user.id).execute();
        await database.db.deleteFrom('statisticsLearning').where('userId', '=', user.id).execute();
        await recordActivity(database.db, user.id);
        expect(incremental).toEqual(await stored(user.id));
      }),
      { numRuns: 6 },
    );
  });
});
