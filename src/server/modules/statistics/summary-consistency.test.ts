import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../../../../test-support/databases';
import { joinOrg, type Person } from '../../../../test-support/org-matrix';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';
import { localDate } from '../../../core/calendar';
import { rebuildStatisticsSummary } from '../../db/statistics-summary-rebuild';

const DAY = 86_400_000;
const PEOPLE = 4;

/** One change the summary must follow: what someone did, chose, joined, left or took a seat in. */
const change = fc.oneof(
  fc.record({
    kind: fc.constantFrom('reflection' as const, 'check-in' as const, 'untick' as const),
    who: fc.nat(PEOPLE - 1),
    ago: fc.integer({ min: 0, max: 120 }),
  }),
  fc.record({ kind: fc.constant('consent' as const), who: fc.nat(PEOPLE - 1), yes: fc.boolean() }),
  fc.record({
    kind: fc.constantFrom('join team' as const, 'leave team' as const),
    who: fc.nat(PEOPLE - 1),
    team: fc.nat(1),
  }),
  fc.record({
    kind: fc.constantFrom('enroll' as const, 'withdraw' as const, 'leave org' as const),
    who: fc.nat(PEOPLE - 1),
  }),
);

/**
 * The summary kept per atom and week equals the one built again from the person rollups, after
 * any sequence of activity, consent, team, seat (two seats: a waitlist, promotions) and
 * organization changes, through the API as people make them.
 */
describe.each(databaseKinds())('the statistics summary on %s', (kind) => {
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

  const summary = async () => {
    const [contributors, atomWeeks, running] = await Promise.all([
      database.db
        .selectFrom('statisticsContributors')
        .selectAll()
        .orderBy('orgId')
        .orderBy('userId')
        .execute(),
      database.db
        .selectFrom('statisticsAtomWeeks')
        .selectAll()
        .orderBy('orgId')
        .orderBy('week')
        .orderBy('atom')
        .execute(),
      database.db
        .selectFrom('statisticsWeeks')
        .select(['userId', 'week', 'strengthTotal', 'strengthWeeks', 'alignmentTotal'])
        .select('alignmentWeeks')
        .orderBy('userId')
        .orderBy('week')
        .execute(),
    ]);
    return { contributors, atomWeeks: atomWeeks.map(numbers), running: running.map(numbers) };
  };

  it('equals a rebuild from the person rollups after any sequence of changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 14 }), async (changes) => {
        const admin = await signedInClient(server, 'Admin');
        const orgId = (await admin.client.post('/api/orgs', { name: 'Summary' })).body.id;
        const people: Person[] = [];
        const practices: string[] = [];
        for (let i = 0; i < PEOPLE; i += 1) {
          const person = await signedInClient(server, `P${i}`);
          await joinOrg(admin, orgId, person);
          people.push(person);
          const practice = await person.client.post('/api/practices', {
            name: 'Walk',
            schedule: { type: 'daily' },
          });
          practices.push(practice.body.id);
        }
        const teams: string[] = [];
        for (const name of ['A', 'B']) {
          teams.push((await admin.client.post(`/api/orgs/${orgId}/teams`, { name })).body.id);
        }
        const program = await admin.client.post(`/api/orgs/${orgId}/programs`, {
          title: 'Foundations',
          seats: 2,
          startDate: localDate(new Date(Date.now() - 7 * DAY).toISOString(), 'UTC'),
          endDate: localDate(new Date(Date.now() + 49 * DAY).toISOString(), 'UTC'),
        });
        expect(program.status).toBe(201);
        const inOrg = new Set(people.map((p) => p.user.id));

        for (const c of changes) {
          const person = people[c.who]!;
          const { client, user } = person;
          if (!inOrg.has(user.id)) {
            // Someone who left comes back first; their earlier choice holds again.
            await joinOrg(admin, orgId, person);
            inOrg.add(user.id);
          }
          let status: number;
          if (c.kind === 'reflection' || c.kind === 'check-in' || c.kind === 'untick') {
            const at = new Date(Date.now() - c.ago * DAY).toISOString();
            const path = `/api/practices/${practices[c.who]}/checkins/${localDate(at, 'UTC')}`;
            status =
              c.kind === 'reflection'
                ? (await client.post('/api/reflections', { kind: 'daily', body: 'A day.', at }))
                    .status
                : c.kind === 'check-in'
                  ? (await client.put(path, { status: 'done' })).status
                  : (await client.delete(path)).status;
          } else if (c.kind === 'consent') {
            status = (
              await client.put(`/api/orgs/${orgId}/consent`, { contributeStatistics: c.yes })
            ).status;
          } else if (c.kind === 'join team') {
            status = (
              await admin.client.put(`/api/teams/${teams[c.team]}/members/${user.id}`, {
                role: 'member',
              })
            ).status;
          } else if (c.kind === 'leave team') {
            status = (await admin.client.delete(`/api/teams/${teams[c.team]}/members/${user.id}`))
              .status;
          } else if (c.kind === 'enroll') {
            status = (await client.post(`/api/programs/${program.body.id}/enrollments`)).status;
          } else if (c.kind === 'withdraw') {
            status = (await client.delete(`/api/programs/${program.body.id}/enrollments/me`))
              .status;
          } else {
            status = (await admin.client.delete(`/api/orgs/${orgId}/members/${user.id}`)).status;
            inOrg.delete(user.id);
          }
          // Unticking a day without a check-in, or leaving what one is not in, changes nothing.
          expect(status, JSON.stringify(c)).toBeLessThan(500);
        }

        const kept = await summary();
        await rebuildStatisticsSummary(database.db);
        expect(kept).toEqual(await summary());
      }),
      { numRuns: 5 },
    );
  });
});

/** Rows with their numbers as numbers (PostgreSQL answers some sums as strings). */
function numbers<T extends Record<string, unknown>>(row: T): T {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key,
      typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value,
    ]),
  ) as T;
}
