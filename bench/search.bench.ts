import { afterAll, bench, describe } from 'vitest';
import { dateOfDay, dayNumber } from '../src/core/calendar';
import type { Db } from '../src/server/db/database';
import { newId } from '../src/server/lib/ids';
import { databaseKinds } from '../test-support/databases';
import { insertReflections, wordsOf } from './runner/reflections';
import { signedInClient, startTestServer } from '../test-support/server';

// Search over a realistic personal history: four years of daily entries (~1,460 reflections of
// 120–200 words) for the person searching, beside another person's history of the same size.
const YEARS = 4;
/** Deterministic pseudo-random text, so every run searches the same history. */
const entry = (seed: number) => `${wordsOf(seed, 120 + (seed % 80)).join(' ')}.`;

function seed(db: Db, userId: string, offset: number) {
  const today = dayNumber(new Date().toISOString().slice(0, 10));
  return insertReflections(db, YEARS * 365, (i) => {
    const date = dateOfDay(today - i);
    const at = `${date}T20:00:00.000Z`;
    return {
      id: newId(),
      userId,
      kind: i % 7 === 0 ? 'weekly' : 'daily',
      title: '',
      body: entry(i + offset),
      promptId: null,
      moodPleasantness: (i % 11) - 5,
      moodEnergy: (i % 7) - 3,
      emotions: JSON.stringify(i % 3 === 0 ? ['calm'] : ['tired']),
      tags: JSON.stringify(i % 5 === 0 ? ['work'] : []),
      form: null,
      at,
      date,
      createdAt: at,
      updatedAt: at,
    };
  });
}

const setups = await Promise.all(
  databaseKinds().map(async (kind) => {
    const server = await startTestServer(kind, { env: { logLevel: 'warn' } });
    const me = await signedInClient(server);
    const other = await signedInClient(server, 'Bea');
    await seed(server.database.db, me.user.id, 0);
    await seed(server.database.db, other.user.id, 100_000);
    return { kind, server, client: me.client };
  }),
);

afterAll(async () => {
  await Promise.all(setups.map(({ server }) => server.close()));
});

describe(`GET /api/reflections over ${YEARS} years of daily entries`, () => {
  for (const { kind, client } of setups) {
    for (const [label, query] of [
      ['one word', '?q=river'],
      ['two words, prefix', '?q=honest%20feedb'],
      ['search and filters', '?q=calm&kind=daily&emotion=calm&from=2024-01-01'],
      ['newest first, no search', '?limit=20'],
    ] as const) {
      bench(`${kind}: ${label}`, async () => {
        const response = await client.get(`/api/reflections${query}`);
        if (response.status !== 200 || response.body.items.length === 0) {
          throw new Error(`status ${response.status}, ${response.body.items?.length} items`);
        }
      });
    }
  }
});
