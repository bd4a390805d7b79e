import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { withTestServer } from '../../../../test-support/fixtures';
import type { HttpClient } from '../../../../test-support/http-client';
import { orgCast } from '../../../../test-support/org-matrix';
import { signedInClient, type TestServer } from '../../../../test-support/server';

const texts = (result: any) => result.snippet.map((p: { text: string }) => p.text).join('');
const highlighted = (result: any) =>
  result.snippet.filter((p: any) => p.highlight).map((p: { text: string }) => p.text);

async function search(client: HttpClient, q: string, extra = '') {
  const response = await client.get(`/api/search?q=${encodeURIComponent(q)}${extra}`);
  expect(response.status).toBe(200);
  return response.body as { items: any[]; nextCursor: string | null };
}

describe.each(databaseKinds())('search over everything I wrote on %s', (kind) => {
  let server: TestServer;
  let cast: Awaited<ReturnType<typeof orgCast>>;
  withTestServer(kind, orgCast, (started, made) => {
    [server, cast] = [started, made];
  });
  const me = () => cast.people.member;
  const colleague = () => cast.people.leader;

  it('finds each kind of thing I wrote, with its page id, title, date and a highlighted snippet', async () => {
    const client = me().client;
    const reflection = (
      await client.post('/api/reflections', {
        kind: 'daily',
        title: 'Harbour',
        body: 'Walked along the harbour and thought about marmalade and patience.',
        at: '2026-03-02T08:00:00Z',
      })
    ).body;
    await client.post('/api/values', { name: 'Honesty' });
    const review = await client.post('/api/reviews/weekly', {
      week: '2026-W10',
      valueRatings: [],
      wentWell: 'The marmalade workshop went well.',
      learned: 'Ask first.',
    });
    expect(review.status).toBe(201);
    const learning = (
      await client.post('/api/learning', {
        kind: 'book',
        title: 'Thinking in Systems',
        insights: 'Stocks and flows, like marmalade in a jar.',
        startedOn: '2026-02-01',
      })
    ).body;
    const reaction = (
      await client.post('/api/reactions', {
        trigger: 'A late reply',
        intensity: 3,
        automaticReaction: 'I sulked over my marmalade toast.',
        at: '2026-03-04T08:00:00Z',
      })
    ).body;
    const belief = (
      await client.post('/api/beliefs', {
        statement: 'I cannot make marmalade.',
        kind: 'limiting',
      })
    ).body;
    const space = (
      await client.post('/api/one-on-ones', {
        orgId: cast.orgId,
        colleagueId: colleague().user.id,
        title: 'Mo and Lea',
      })
    ).body;
    await client.post(`/api/one-on-ones/${space.id}/notes`, {
      body: 'We spoke about marmalade budgets.',
    });

    const found = await search(client, 'marmalade');
    const byType = Object.fromEntries(found.items.map((r) => [r.type, r]));
    expect(Object.keys(byType).sort()).toEqual(
      ['belief', 'learning', 'one-on-one-note', 'reaction', 'reflection', 'review'].sort(),
    );
    expect(byType.reflection).toMatchObject({
      id: reflection.id,
      title: 'Harbour',
      date: '2026-03-02',
    });
    expect(byType.review).toMatchObject({ id: '2026-W10', title: '2026-W10', date: '2026-03-02' });
    expect(byType.learning).toMatchObject({ id: learning.id, title: 'Thinking in Systems' });
    expect(byType.reaction).toMatchObject({
      id: reaction.id,
      title: 'A late reply',
      date: '2026-03-04',
    });
    expect(byType.belief).toMatchObject({ id: belief.id, title: 'I cannot make marmalade.' });
    expect(byType['one-on-one-note']).toMatchObject({ id: space.id, title: 'Mo and Lea' });
    for (const result of found.items) {
      expect(highlighted(result).map((w: string) => w.toLowerCase())).toContain('marmalade');
    }
    expect(texts(byType.reflection)).toBe(
      'Walked along the harbour and thought about marmalade and patience.',
    );
    // A prefix finds as the person types; every word must be there.
    expect((await search(client, 'marma')).items).toHaveLength(6);
    expect((await search(client, 'marmalade harbour')).items.map((r) => r.type)).toEqual([
      'reflection',
    ]);
    expect((await search(client, 'marmalade nowhere')).items).toEqual([]);
  });

  it('ranks a title above a passing mention, and a denser text above a thinner one', async () => {
    const { client } = await signedInClient(server);
    const passing = (
      await client.post('/api/reflections', {
        kind: 'free',
        body: `Rain today. ${'Long thoughts about other things. '.repeat(12)} Some quinoa.`,
      })
    ).body;
    const titled = (
      await client.post('/api/reflections', { kind: 'free', title: 'Quinoa', body: 'Cooked.' })
    ).body;
    const found = await search(client, 'quinoa');
    expect(found.items.map((r) => r.id)).toEqual([titled.id, passing.id]);
    expect(texts(found.items[1])).toMatch(/^….*quinoa\.$/i);
  });

  it("never finds another person's words, also not what they shared with me or wrote in our 1:1", async () => {
    const author = colleague().client;
    const reflection = (
      await author.post('/api/reflections', { kind: 'daily', body: 'Secret zanzibar plans.' })
    ).body;
    const share = await author.post('/api/shares', {
      itemType: 'reflection',
      itemId: reflection.id,
      with: { userId: me().user.id },
    });
    expect(share.status).toBe(201);
    const spaces = (await me().client.get('/api/one-on-ones')).body.items;
    await author.post(`/api/one-on-ones/${spaces[0].id}/notes`, { body: 'Lea on zanzibar.' });
    expect((await me().client.get(`/api/shared/reflection/${reflection.id}`)).status).toBe(200);
    expect((await search(me().client, 'zanzibar')).items).toEqual([]);
    expect((await search(author, 'zanzibar')).items.map((r) => r.type).sort()).toEqual([
      'one-on-one-note',
      'reflection',
    ]);
  });

  it('follows edits and deletions, and forgets everything when the account goes', async () => {
    const { client, person } = await signedInClient(server);
    const { id } = (
      await client.post('/api/learning', { kind: 'course', title: 'Pottery', insights: 'Clay' })
    ).body;
    expect((await search(client, 'pottery')).items).toHaveLength(1);
    await client.patch(`/api/learning/${id}`, { title: 'Weaving', insights: 'Looms' });
    expect((await search(client, 'pottery')).items).toEqual([]);
    expect((await search(client, 'looms')).items[0]).toMatchObject({ id, title: 'Weaving' });
    await client.delete(`/api/learning/${id}`);
    expect((await search(client, 'looms')).items).toEqual([]);

    const { id: reactionId } = (
      await client.post('/api/reactions', { trigger: 'Xylophone noise', intensity: 2 })
    ).body;
    await client.patch(`/api/reactions/${reactionId}`, { outcome: 'Calm xylophone.' });
    expect((await search(client, 'xylophone')).items).toHaveLength(1);
    expect((await client.delete('/api/me', { password: person.password })).status).toBe(204);
    const left = await sql<{ n: number | string }>`
      select count(*) as n from search_documents where body like ${'%xylophone%'}
        or title like ${'%Xylophone%'}`.execute(server.database.db);
    expect(Number(left.rows[0]?.n)).toBe(0);
    if (kind === 'sqlite') {
      const indexed = await sql<{ n: number }>`
        select count(*) as n from search_documents_fts where search_documents_fts match 'xylophone'`.execute(
        server.database.db,
      );
      expect(Number(indexed.rows[0]?.n)).toBe(0);
    }
  });

  it('pages a ranked search with the cursor it gives, each result once', async () => {
    const { client } = await signedInClient(server);
    for (let i = 0; i < 5; i += 1) {
      await client.post('/api/reflections', {
        kind: 'daily',
        body: `Juniper ${'juniper '.repeat(i)}day ${i}`,
      });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { items: any[]; nextCursor: string | null } = await search(
        client,
        'juniper',
        `&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(5);
  });

  it('answers bad input with 400', async () => {
    const { client } = await signedInClient(server);
    for (const query of [
      '',
      '?q=',
      '?q=%20%20',
      '?q=!!!',
      `?q=${'a'.repeat(201)}`,
      '?q=walk&limit=0',
      '?q=walk&limit=51',
      '?q=walk&cursor=nonsense',
      `?q=walk&cursor=${Buffer.from('2026-01-01T00:00:00Z|01J00000000000000000000000').toString('base64url')}`,
    ]) {
      const response = await client.get(`/api/search${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
    }
    expect((await server.client().get('/api/search?q=walk')).status).toBe(401);
  });
});
