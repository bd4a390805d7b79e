import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../../../test-support/databases';
import { compiledOnce } from './compiled-once';
import type { Db } from './database';

const prompts = compiledOnce((db: Db, userId: string, dates: readonly string[]) =>
  db
    .selectFrom('promptDeliveries')
    .select(['promptId', 'date'])
    .where('userId', '=', userId)
    .where('date', 'in', dates)
    .orderBy('date')
    .limit(50),
);
const sameByHand = (db: Db, userId: string, dates: readonly string[]) =>
  db
    .selectFrom('promptDeliveries')
    .select(['promptId', 'date'])
    .where('userId', '=', userId)
    .where('date', 'in', dates)
    .orderBy('date')
    .limit(50)
    .execute();
const countOf = compiledOnce(
  (db: Db, userId: string) =>
    sql<{
      deliveryCount: number | string;
    }>`select count(*) as delivery_count from prompt_deliveries where user_id = ${userId}`,
);

describe.each(databaseKinds())('compiledOnce on %s', (kind) => {
  let test: TestDatabase;
  const users = ['u1', 'u2'];
  const days = Array.from({ length: 6 }, (_, i) => `2026-01-0${i + 1}`);
  beforeAll(async () => {
    test = await createTestDatabase(kind);
    for (const id of users)
      await test.db
        .insertInto('users')
        .values({
          id,
          email: `${id}@example.com`,
          name: id,
          passwordHash: 'x',
          timeZone: 'UTC',
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        })
        .execute();
    for (const userId of users)
      for (const [i, date] of days.entries())
        if ((i + userId.length + (userId === 'u2' ? 1 : 0)) % 2 === 0)
          await test.db
            .insertInto('promptDeliveries')
            .values({ userId, date, promptId: `p-${userId}-${i}` })
            .execute();
  });
  afterAll(() => test.destroy());

  it('answers exactly what the query built each time answers, for any values and list length', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...users, 'nobody'),
        fc.array(fc.constantFrom(...days, '2027-01-01'), { minLength: 1, maxLength: 5 }),
        async (userId, dates) => {
          expect(await prompts(test.db, userId, dates)).toEqual(
            await sameByHand(test.db, userId, dates),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('runs inside a transaction, sees its uncommitted rows, and sql templates camelCase too', async () => {
    await test.db
      .transaction()
      .execute(async (trx) => {
        await trx
          .insertInto('promptDeliveries')
          .values({ userId: 'u1', date: '2026-02-01', promptId: 'in-trx' })
          .execute();
        const rows = await prompts(trx, 'u1', ['2026-02-01']);
        expect(rows).toEqual([{ promptId: 'in-trx', date: '2026-02-01' }]);
        const [count] = await countOf(trx, 'u1');
        expect(Number(count!.deliveryCount)).toBeGreaterThan(0);
        throw new Error('roll back');
      })
      .catch((error: Error) => expect(error.message).toBe('roll back'));
    expect(await prompts(test.db, 'u1', ['2026-02-01'])).toEqual([]);
  });

  it.runIf(kind === 'postgres')(
    'runs as a named statement on PostgreSQL: parsed once per connection, then only executed',
    async () => {
      const statements = await test.db.transaction().execute(async (trx) => {
        for (const userId of users) {
          expect(await prompts(trx, userId, days)).toEqual(await sameByHand(trx, userId, days));
        }
        const { rows } = await sql<{
          name: string;
          statement: string;
        }>`select name, statement from pg_prepared_statements`.execute(trx);
        return rows;
      });
      const kept = statements.filter((s) => s.statement.includes('"prompt_deliveries"'));
      expect(kept.length).toBeGreaterThan(0);
      for (const { name } of kept) expect(name).toMatch(/^praxis_\d+$/);
      // Texts not kept (built on each call) are not named: the server would keep them forever.
      expect(statements.every((s) => s.name.startsWith('praxis_'))).toBe(true);
    },
  );

  it('goes through a plugin added later rather than using what was compiled without it', async () => {
    await prompts(test.db, 'u1', days.slice(0, 2));
    const seen: string[] = [];
    const watched = test.db.withPlugin({
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        seen.push(String(args.result.rows.length));
        return args.result;
      },
    });
    const rows = await prompts(watched, 'u1', days.slice(0, 2));
    expect(rows).toEqual(await sameByHand(test.db, 'u1', days.slice(0, 2)));
    expect(seen).toEqual([String(rows.length)]);
    // The database without the plugin keeps its own compiled query, not the plugin's.
    await prompts(test.db, 'u1', days.slice(0, 2));
    await prompts(watched, 'u1', days.slice(0, 2));
    expect(seen).toHaveLength(2);
  });
});
