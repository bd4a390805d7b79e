import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';
import { addDays, isoWeekOf, localDate, mondayOfIsoWeek } from '../../../core/calendar';
import type { HttpClient } from '../../../../test-support/http-client';

const today = () => localDate(Date.now(), 'UTC');
/** The ISO week `n` weeks before this one (UTC), e.g. weeksAgo(0) is this week. */
const weeksAgo = (n: number) => isoWeekOf(addDays(today(), -7 * n));

/** Adds values and returns their ids, in the order named. */
async function values<const N extends string[]>(
  client: HttpClient,
  ...names: N
): Promise<{ [K in keyof N]: string }> {
  const ids: string[] = [];
  for (const name of names) ids.push((await client.post('/api/values', { name })).body.id);
  return ids as { [K in keyof N]: string };
}

describe.each(databaseKinds())('weekly reviews on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('reviews a week: alignment is the mean rating × 10, ratings carry value names', async () => {
    const { client } = await signedInClient(server);
    const [honesty, courage] = await values(client, 'Honesty', 'Courage');
    const week = weeksAgo(1);
    const created = await client.post('/api/reviews/weekly', {
      week,
      valueRatings: [
        { valueId: courage, rating: 8, evidence: 'Said no to the extra project.' },
        { valueId: honesty, rating: 7 },
      ],
      wentWell: 'Shipped the draft.',
      learned: 'Asking early saves days.',
      focus: 'Sleep.',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      week,
      weekStart: mondayOfIsoWeek(week),
      alignment: 75,
      valueRatings: [
        { valueId: courage, name: 'Courage', rating: 8, evidence: 'Said no to the extra project.' },
        { valueId: honesty, name: 'Honesty', rating: 7, evidence: '' },
      ],
      wentWell: 'Shipped the draft.',
      learned: 'Asking early saves days.',
      focus: 'Sleep.',
    });
    expect((await client.get(`/api/reviews/weekly/${week}`)).body).toEqual(created.body);

    const uneven = await client.post('/api/reviews/weekly', {
      week: weeksAgo(2),
      valueRatings: [
        { valueId: honesty, rating: 10 },
        { valueId: courage, rating: 3 },
      ],
    });
    expect(uneven.body.alignment).toBe(65);
    const empty = await client.post('/api/reviews/weekly', { week: weeksAgo(3), valueRatings: [] });
    expect(empty.status).toBe(201);
    expect(empty.body).toMatchObject({ alignment: null, valueRatings: [], wentWell: '' });
  });

  it('updates the week’s review on a second POST: one row, ratings replaced', async () => {
    const { client, user } = await signedInClient(server);
    const [honesty, courage, care] = await values(client, 'Honesty', 'Courage', 'Care');
    const week = weeksAgo(0);
    const first = await client.post('/api/reviews/weekly', {
      week,
      valueRatings: [
        { valueId: honesty, rating: 4 },
        { valueId: courage, rating: 6 },
      ],
      wentWell: 'A calm week.',
      learned: 'Mornings work.',
    });
    expect(first.status).toBe(201);
    const second = await client.post('/api/reviews/weekly', {
      week,
      valueRatings: [{ valueId: care, rating: 9, evidence: 'Called my sister.' }],
      learned: 'Mornings work best.',
    });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({
      id: first.body.id,
      alignment: 90,
      valueRatings: [{ valueId: care, name: 'Care', rating: 9, evidence: 'Called my sister.' }],
      wentWell: 'A calm week.',
      learned: 'Mornings work best.',
      createdAt: first.body.createdAt,
    });

    const db = server.database.db;
    const rows = await db
      .selectFrom('weeklyReviews')
      .select('id')
      .where('userId', '=', user.id)
      .execute();
    expect(rows).toEqual([{ id: first.body.id }]);
    const ratings = await db
      .selectFrom('weeklyReviewRatings')
      .select(['valueId', 'rating'])
      .where('reviewId', '=', first.body.id)
      .execute();
    expect(ratings).toEqual([{ valueId: care, rating: 9 }]);
  });

  it('keeps one review when two first reviews of a week arrive at once', async () => {
    const { client, user } = await signedInClient(server);
    const [honesty] = await values(client, 'Honesty');
    const week = weeksAgo(1);
    const answers = await Promise.all(
      [3, 9].map((rating) =>
        client.post('/api/reviews/weekly', { week, valueRatings: [{ valueId: honesty, rating }] }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 201]);
    const db = server.database.db;
    const reviews = await db
      .selectFrom('weeklyReviews')
      .select('id')
      .where('userId', '=', user.id)
      .execute();
    expect(reviews).toHaveLength(1);
    const ratings = await db
      .selectFrom('weeklyReviewRatings')
      .select('rating')
      .where('reviewId', '=', reviews[0]!.id)
      .execute();
    expect(ratings).toHaveLength(1);
  });

  it('accepts only weeks that exist and have begun in my time zone', async () => {
    const { client } = await signedInClient(server);
    for (const week of ['2026-W54', '2025-W53', '2026-W00', '2026-47', '2026-W4', 'last week']) {
      const response = await client.post('/api/reviews/weekly', { week, valueRatings: [] });
      expect(response.status, week).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
      expect(response.body.error.details.issues[0].path).toEqual(['week']);
      expect((await client.get(`/api/reviews/weekly/${week}`)).status, week).toBe(400);
    }
    expect(
      (await client.post('/api/reviews/weekly', { week: '2015-W53', valueRatings: [] })).status,
    ).toBe(201);
    expect(
      (await client.post('/api/reviews/weekly', { week: '2020-W53', valueRatings: [] })).status,
    ).toBe(201);

    for (const timeZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const person = await signedInClient(server);
      await person.client.patch('/api/me', { timeZone });
      const localToday = localDate(Date.now(), timeZone);
      const thisWeek = isoWeekOf(localToday);
      const nextWeek = isoWeekOf(addDays(localToday, 7));
      const ok = await person.client.post('/api/reviews/weekly', {
        week: thisWeek,
        valueRatings: [],
      });
      expect(ok.status, timeZone).toBe(201);
      const future = await person.client.post('/api/reviews/weekly', {
        week: nextWeek,
        valueRatings: [],
      });
      expect(future.status, timeZone).toBe(400);
      expect(future.body.error.details.issues[0].path).toEqual(['week']);
    }
  });

  it('refuses bad ratings and texts', async () => {
    const { client } = await signedInClient(server);
    const [honesty] = await values(client, 'Honesty');
    const week = weeksAgo(1);
    const many = Array.from({ length: 21 }, (_, i) => ({ valueId: `v${i}`, rating: 5 }));
    const bad = [
      { week, valueRatings: [{ valueId: honesty, rating: 11 }] },
      { week, valueRatings: [{ valueId: honesty, rating: -1 }] },
      { week, valueRatings: [{ valueId: honesty, rating: 7.5 }] },
      { week, valueRatings: [{ valueId: honesty, rating: '7' }] },
      { week, valueRatings: [{ valueId: honesty }] },
      {
        week,
        valueRatings: [
          { valueId: honesty, rating: 5 },
          { valueId: honesty, rating: 6 },
        ],
      },
      { week, valueRatings: many },
      { week, valueRatings: [{ valueId: honesty, rating: 5, evidence: 'e'.repeat(4001) }] },
      { week, valueRatings: [], wentWell: 'w'.repeat(4001) },
      { week, valueRatings: [], learned: 'l'.repeat(4001) },
      { week, valueRatings: [], focus: 'f'.repeat(4001) },
      { week },
      { valueRatings: [] },
    ];
    for (const body of bad) {
      const response = await client.post('/api/reviews/weekly', body);
      expect(response.status, JSON.stringify(body).slice(0, 120)).toBe(400);
      expect(response.body.error.details.issues.length).toBeGreaterThan(0);
    }
    const longest = await client.post('/api/reviews/weekly', {
      week,
      valueRatings: [{ valueId: honesty, rating: 0, evidence: 'e'.repeat(4000) }],
      wentWell: 'w'.repeat(4000),
    });
    expect(longest.status).toBe(201);
    expect(longest.body.alignment).toBe(0);
    expect((await client.get('/api/reviews/alignment?weeks=0')).status).toBe(400);
    expect((await client.get('/api/reviews/alignment?weeks=261')).status).toBe(400);
    expect((await client.get('/api/reviews/weekly?limit=101')).status).toBe(400);
  });

  it('rates only my own values, without revealing anyone else’s', async () => {
    const ana = await signedInClient(server);
    const bea = await signedInClient(server, 'Bea');
    const [mine] = await values(ana.client, 'Honesty');
    const [theirs] = await values(bea.client, 'Secret value');
    const week = weeksAgo(1);
    const foreign = await ana.client.post('/api/reviews/weekly', {
      week,
      valueRatings: [
        { valueId: mine, rating: 5 },
        { valueId: theirs, rating: 5 },
      ],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details.issues).toEqual([
      { path: ['valueRatings', 1, 'valueId'], message: 'Choose one of your values.' },
    ]);
    const unknown = await ana.client.post('/api/reviews/weekly', {
      week,
      valueRatings: [
        { valueId: mine, rating: 5 },
        { valueId: '01JZZZZZZZZZZZZZZZZZZZZZZZ', rating: 5 },
      ],
    });
    expect(unknown.body).toEqual(foreign.body);
    expect(JSON.stringify(foreign.body)).not.toContain('Secret value');
    expect((await ana.client.get(`/api/reviews/weekly/${week}`)).status).toBe(404);
  });

  it('keeps a deleted or renamed value’s name in old reviews', async () => {
    const { client } = await signedInClient(server);
    const [honesty, courage] = await values(client, 'Honesty', 'Courage');
    const week = weeksAgo(2);
    await client.post('/api/reviews/weekly', {
      week,
      valueRatings: [
        { valueId: honesty, rating: 6 },
        { valueId: courage, rating: 9 },
      ],
    });
    expect((await client.delete(`/api/values/${honesty}`)).status).toBe(204);
    await client.patch(`/api/values/${courage}`, { name: 'Brave honesty' });
    const old = await client.get(`/api/reviews/weekly/${week}`);
    expect(old.body).toMatchObject({
      alignment: 75,
      valueRatings: [
        { valueId: null, name: 'Honesty', rating: 6 },
        { valueId: courage, name: 'Courage', rating: 9 },
      ],
    });
  });

  it('lists reviews newest week first, page by page', async () => {
    const { client } = await signedInClient(server);
    for (const n of [3, 0, 5, 1, 4]) {
      await client.post('/api/reviews/weekly', { week: weeksAgo(n), valueRatings: [] });
    }
    const first = await client.get('/api/reviews/weekly?limit=2');
    expect(first.body.items.map((r: any) => r.week)).toEqual([weeksAgo(0), weeksAgo(1)]);
    const second = await client.get(`/api/reviews/weekly?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((r: any) => r.week)).toEqual([weeksAgo(3), weeksAgo(4)]);
    const last = await client.get(`/api/reviews/weekly?limit=2&cursor=${second.body.nextCursor}`);
    expect(last.body).toMatchObject({ items: [{ week: weeksAgo(5) }], nextCursor: null });
    expect((await client.get('/api/reviews/weekly?cursor=not*ours')).status).toBe(400);
  });

  it('draws the alignment trend oldest first, and each value’s ratings', async () => {
    const { client } = await signedInClient(server);
    const [honesty, courage, care] = await values(client, 'Honesty', 'Courage', 'Care');
    const rate = (n: number, ratings: [string, number][]) =>
      client.post('/api/reviews/weekly', {
        week: weeksAgo(n),
        valueRatings: ratings.map(([valueId, rating]) => ({ valueId, rating })),
      });
    await rate(0, [[honesty, 9]]);
    await rate(4, [
      [honesty, 5],
      [courage, 6],
    ]);
    await rate(2, []);
    await rate(1, [
      [courage, 8],
      [care, 7],
    ]);
    await rate(30, [[honesty, 1]]);

    const trend = await client.get('/api/reviews/alignment?weeks=26');
    expect(trend.status).toBe(200);
    expect(trend.body.points).toEqual([
      { week: weeksAgo(4), alignment: 55 },
      { week: weeksAgo(1), alignment: 75 },
      { week: weeksAgo(0), alignment: 90 },
    ]);
    await client.delete(`/api/values/${care}`);
    await client.put('/api/values/order', { ids: [courage, honesty] });
    const after = await client.get('/api/reviews/alignment');
    expect(after.body.points).toEqual(trend.body.points);
    expect(after.body.values).toEqual([
      {
        valueId: courage,
        name: 'Courage',
        ratings: [
          { week: weeksAgo(4), rating: 6 },
          { week: weeksAgo(1), rating: 8 },
        ],
      },
      {
        valueId: honesty,
        name: 'Honesty',
        ratings: [
          { week: weeksAgo(4), rating: 5 },
          { week: weeksAgo(0), rating: 9 },
        ],
      },
      { valueId: null, name: 'Care', ratings: [{ week: weeksAgo(1), rating: 7 }] },
    ]);
    const short = await client.get('/api/reviews/alignment?weeks=2');
    expect(short.body.points.map((p: any) => p.week)).toEqual([weeksAgo(1), weeksAgo(0)]);
    const long = await client.get('/api/reviews/alignment?weeks=52');
    expect(long.body.points[0]).toEqual({ week: weeksAgo(30), alignment: 10 });
  });

  it('deletes a week’s review with its ratings', async () => {
    const { client } = await signedInClient(server);
    const [honesty] = await values(client, 'Honesty');
    const week = weeksAgo(1);
    const { id } = (
      await client.post('/api/reviews/weekly', {
        week,
        valueRatings: [{ valueId: honesty, rating: 5 }],
      })
    ).body;
    expect((await client.delete(`/api/reviews/weekly/${week}`)).status).toBe(204);
    expect((await client.get(`/api/reviews/weekly/${week}`)).status).toBe(404);
    expect((await client.delete(`/api/reviews/weekly/${week}`)).status).toBe(404);
    const ratings = await server.database.db
      .selectFrom('weeklyReviewRatings')
      .select('id')
      .where('reviewId', '=', id)
      .execute();
    expect(ratings).toEqual([]);
  });

  it('is private: another person sees none of it', async () => {
    const ana = await signedInClient(server);
    const bea = await signedInClient(server, 'Bea');
    const [honesty] = await values(ana.client, 'Honesty');
    const week = weeksAgo(1);
    await ana.client.post('/api/reviews/weekly', {
      week,
      valueRatings: [{ valueId: honesty, rating: 8 }],
      wentWell: 'Private words.',
    });
    for (const response of [
      await bea.client.get(`/api/reviews/weekly/${week}`),
      await bea.client.delete(`/api/reviews/weekly/${week}`),
    ]) {
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
    expect((await bea.client.get('/api/reviews/weekly')).body).toEqual({
      items: [],
      nextCursor: null,
    });
    expect((await bea.client.get('/api/reviews/alignment')).body).toEqual({
      points: [],
      values: [],
    });
    const own = await bea.client.post('/api/reviews/weekly', { week, valueRatings: [] });
    expect(own.status).toBe(201);
    expect(own.body.wentWell).toBe('');
    expect((await ana.client.get(`/api/reviews/weekly/${week}`)).body).toMatchObject({
      alignment: 80,
      wentWell: 'Private words.',
    });
    for (const response of [
      await server.client().get('/api/reviews/weekly'),
      await server.client().get(`/api/reviews/weekly/${week}`),
      await server.client().get('/api/reviews/alignment'),
    ]) {
      expect(response.status).toBe(401);
    }
  });

  it('removes reviews and their ratings when the account is deleted', async () => {
    const { client, person, user } = await signedInClient(server);
    const [honesty] = await values(client, 'Honesty');
    const { id } = (
      await client.post('/api/reviews/weekly', {
        week: weeksAgo(1),
        valueRatings: [{ valueId: honesty, rating: 5 }],
      })
    ).body;
    expect((await client.delete('/api/me', { password: person.password })).status).toBe(204);
    const db = server.database.db;
    expect(
      await db.selectFrom('weeklyReviews').select('id').where('userId', '=', user.id).execute(),
    ).toEqual([]);
    expect(
      await db.selectFrom('weeklyReviewRatings').select('id').where('reviewId', '=', id).execute(),
    ).toEqual([]);
  });
});
