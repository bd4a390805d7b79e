import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import {
  ANA_BEN_MEETING,
  comparable,
  imported,
  livedIn,
  MEETING_REASON,
  meetingsOf,
  restorable,
  upload,
} from '../../../../test-support/portability';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';

const kinds = databaseKinds();
const [first, second] = [kinds[0]!, kinds.at(-1)!];

describe(`the Praxis archive from ${first} to ${second} and back`, () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    [a, b] = await Promise.all([startTestServer(first), startTestServer(second)]);
  });
  afterAll(async () => {
    await Promise.all([a.close(), b.close()]);
  });

  it('exports everything of mine, streamed, and imports it back losslessly on the other database', async () => {
    const anaPerson = await signedInClient(a, 'Ana');
    const ana = anaPerson.client;
    const made = await livedIn(ana);
    await meetingsOf(a, anaPerson);
    const exported = await ana.get('/api/export?format=json');
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toMatch(/attachment; filename="praxis-/);
    const archive = JSON.stringify(exported.body);
    const text = await (
      await fetch(`${a.baseUrl}/api/export?format=json`, {
        headers: { cookie: `praxis_session=${ana.cookie('praxis_session')}` },
      })
    ).text();
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({ format: 'praxis-archive', formatVersion: 1 });
    expect(parsed.account.name).toBe('Ana');
    const counts = Object.fromEntries(
      Object.entries(made)
        .filter(([k]) => k !== 'checkIns')
        .map(([k]) => [k, parsed[k].length]),
    );
    expect(counts).toEqual(
      Object.fromEntries(Object.entries(made).filter(([k]) => k !== 'checkIns')),
    );
    expect(parsed.practices.flatMap((p: any) => p.checkIns)).toHaveLength(made.checkIns);
    expect(parsed.aspirations[1].revisions).toHaveLength(2);
    expect(parsed.learningItems[0].aspirationIds).toHaveLength(2);
    expect(archive.length).toBeGreaterThan(1000);
    // The meetings of both 1:1 spaces Ana is in, in the spaces' order; never Ben and Dan's own.
    expect(parsed.oneOnOneMeetings).toEqual([
      {
        spaceId: expect.any(String),
        spaceTitle: 'Ana & Ben, weekly-ish',
        otherPerson: 'Ben',
        ...ANA_BEN_MEETING,
        setBy: 'Ben',
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
      expect.objectContaining({
        spaceTitle: 'Growth, with Ana',
        otherPerson: 'Dan',
        time: '16:30',
        timeZone: 'America/New_York',
        durationMinutes: 30,
        place: '',
        repeatWeeks: null,
        setBy: 'Ana',
      }),
    ]);
    expect(text).not.toContain('Room of Ben and Dan');

    const { client: bea } = await signedInClient(b, 'Bea');
    const there = await imported(bea, 'praxis', 'praxis.json', text);
    const items = Object.values(made).reduce((n, v) => n + v, 0) - made.checkIns;
    // Meetings of two people's spaces are left out, each with the reason; the rest comes.
    expect(there).toMatchObject({
      status: 'done',
      progress: 1,
      created: items,
      skipped: 0,
      rejected: [
        { item: 'oneOnOneMeetings[0]', reason: MEETING_REASON },
        { item: 'oneOnOneMeetings[1]', reason: MEETING_REASON },
        { item: 'oneOnOnes[0]', reason: expect.stringContaining('1:1 space') },
        { item: 'oneOnOnes[1]', reason: expect.stringContaining('1:1 space') },
      ],
    });
    expect((await bea.get('/api/one-on-ones')).body.items).toEqual([]);
    const again = await (
      await fetch(`${b.baseUrl}/api/export?format=json`, {
        headers: { cookie: `praxis_session=${bea.cookie('praxis_session')}` },
      })
    ).text();
    expect(comparable(again)).toBe(comparable(restorable(text)));

    const { client: cem } = await signedInClient(a, 'Cem');
    expect(await imported(cem, 'praxis', 'praxis.json', again)).toMatchObject({
      status: 'done',
      created: items,
    });
    const back = await (
      await fetch(`${a.baseUrl}/api/export?format=json`, {
        headers: { cookie: `praxis_session=${cem.cookie('praxis_session')}` },
      })
    ).text();
    expect(comparable(back)).toBe(comparable(restorable(text)));

    // Run again: everything is skipped as already there, nothing doubles.
    expect(await imported(cem, 'praxis', 'praxis.json', again)).toMatchObject({
      status: 'done',
      created: 0,
      skipped: items,
    });
    const twice = await (
      await fetch(`${a.baseUrl}/api/export?format=json`, {
        headers: { cookie: `praxis_session=${cem.cookie('praxis_session')}` },
      })
    ).text();
    expect(comparable(twice)).toBe(comparable(restorable(text)));
  });

  it('answers bad import forms with 4xx, and another person’s import with 404', async () => {
    const { client } = await signedInClient(a);
    expect((await client.post('/api/imports', { format: 'praxis' })).status).toBe(415);
    const noFormat: { status: number; body: any } = await upload(
      client,
      'evernote',
      'x.json',
      '{}',
    );
    expect(noFormat.status).toBe(400);
    expect(noFormat.body.error.details.issues[0].path).toEqual(['format']);
    const started: { status: number; body: any } = await upload(client, 'praxis', 'x.json', '{}');
    expect(started.status).toBe(202);
    const { client: other } = await signedInClient(a, 'Eve');
    expect((await other.get(`/api/imports/${started.body.id}`)).status).toBe(404);
    expect((await client.get(`/api/imports/${started.body.id}`)).status).toBe(200);
  });
});
