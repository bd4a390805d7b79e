import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import type { HttpClient } from '../../../../test-support/http-client';
import { orgMatrix, type OrgMatrix } from '../../../../test-support/org-matrix';
import { startTestServer, type TestServer } from '../../../../test-support/server';

const PROGRAM = {
  title: 'Foundations for Leadership',
  startDate: '2026-03-02',
  endDate: '2026-04-26',
  seats: 1,
  curriculum: [
    { week: 1, kind: 'prompt', title: 'What do you want to create?' },
    { week: 1, kind: 'practice', title: 'Morning pages', body: 'Three pages.' },
    { week: 2, kind: 'prompt', title: 'Where are you now?' },
  ],
};

const SESSION = {
  date: '2026-03-10',
  time: '18:00',
  timeZone: 'Europe/Berlin',
  agenda: 'Private words about the group',
};

describe.each(databaseKinds())('editing a program on %s', (kind) => {
  let server: TestServer;
  let m: OrgMatrix;

  beforeAll(async () => {
    server = await startTestServer(kind);
    m = await orgMatrix(server);
  });
  afterAll(() => server.close());

  async function newProgram() {
    const created = await m.people.facilitator.client.post(
      `/api/orgs/${m.orgId}/programs`,
      PROGRAM,
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body as { id: string; curriculum: { id: string; week: number }[] };
  }

  const putWeek = (c: HttpClient, pid: string, week: number | string, items: unknown[]) =>
    c.put(`/api/programs/${pid}/curriculum/weeks/${week}`, { items });

  it('sets a week’s prompts and practices as a whole, for facilitators and admins only', async () => {
    const program = await newProgram();
    const [first, second] = program.curriculum;
    const statuses = await m.statuses((c) =>
      putWeek(c, program.id, 3, [{ kind: 'prompt', title: 'Added by a runner' }]),
    );
    expect(statuses).toEqual({ ...m.only(['facilitator', 'admin'], 200, 403), outsider: 404 });

    const changed = await putWeek(m.people.admin.client, program.id, 1, [
      { id: second!.id, kind: 'practice', title: 'Evening pages', body: 'Two pages.' },
      { kind: 'prompt', title: 'What did you notice?', libraryEntryId: 'builtin:prompt:x' },
    ]);
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const weekOne = changed.body.curriculum.filter((i: { week: number }) => i.week === 1);
    expect(weekOne).toMatchObject([
      { id: second!.id, kind: 'practice', title: 'Evening pages', body: 'Two pages.' },
      { kind: 'prompt', title: 'What did you notice?', libraryEntryId: 'builtin:prompt:x' },
    ]);
    expect(weekOne.map((i: { id: string }) => i.id)).not.toContain(first!.id);
    // Week 2 and the runner's week 3 are untouched.
    expect(changed.body.curriculum.filter((i: { week: number }) => i.week !== 1)).toMatchObject([
      { week: 2, title: 'Where are you now?' },
      { week: 3, title: 'Added by a runner' },
    ]);

    // An item of another week, bad input or a week out of range: 400, and nothing changes.
    const weekTwoItem = changed.body.curriculum.find((i: { week: number }) => i.week === 2).id;
    const refused = [
      await putWeek(m.people.admin.client, program.id, 1, [
        { kind: 'prompt', title: 'Kept?' },
        { id: weekTwoItem, kind: 'prompt', title: 'Stolen' },
      ]),
      await putWeek(m.people.admin.client, program.id, 1, [{ kind: 'prompt', title: '' }]),
      await putWeek(m.people.admin.client, program.id, 1, [
        { id: second!.id, kind: 'prompt', title: 'A' },
        { id: second!.id, kind: 'prompt', title: 'B' },
      ]),
      await putWeek(
        m.people.admin.client,
        program.id,
        1,
        Array.from({ length: 31 }, (_, i) => ({ kind: 'prompt', title: `P${i}` })),
      ),
      await putWeek(m.people.admin.client, program.id, 53, []),
      await putWeek(m.people.admin.client, program.id, 'one', []),
    ];
    expect(refused.map((r) => r.status)).toEqual([400, 400, 400, 400, 400, 400]);
    expect(refused[0]!.body.error.code).toBe('unknown_item');
    const after = await m.people.admin.client.get(`/api/programs/${program.id}`);
    expect(after.body.curriculum).toEqual(changed.body.curriculum);

    // An empty week removes its items.
    const emptied = await putWeek(m.people.admin.client, program.id, 1, []);
    expect(emptied.body.curriculum.map((i: { week: number }) => i.week)).toEqual([2, 3]);
  });

  it('counts an entry of the library put into a curriculum as one choice of it, once a pick', async () => {
    const fay = m.people.facilitator.client;
    const made = await fay.post(`/api/orgs/${m.orgId}/library`, {
      kind: 'prompt',
      title: 'Who helped you learn this week?',
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const ours = made.body.id as string;
    const builtIn = 'builtin:practice:morning-pages';
    const chosen = async (entryId: string) =>
      (await fay.get(`/api/orgs/${m.orgId}/library/${encodeURIComponent(entryId)}`)).body
        .chosenCount as number;
    const before = await chosen(builtIn);

    const program = await newProgram();
    const added = await fay.post(`/api/programs/${program.id}/curriculum`, {
      week: 2,
      kind: 'prompt',
      title: 'Who helped you learn this week?',
      libraryEntryId: ours,
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(await chosen(ours)).toBe(1);

    // Setting a week counts what it newly picks, not what it keeps; an id the library does not
    // hold is kept on the item as its origin.
    const week = (await fay.get(`/api/programs/${program.id}`)).body.curriculum.filter(
      (i: { week: number }) => i.week === 2,
    );
    const items = [
      ...week.map((i: { id: string; kind: string; title: string; libraryEntryId: string }) => ({
        id: i.id,
        kind: i.kind,
        title: i.title,
        libraryEntryId: i.libraryEntryId,
      })),
      { kind: 'practice', title: 'Morning pages', libraryEntryId: builtIn },
      { kind: 'prompt', title: 'Made up', libraryEntryId: 'builtin:prompt:nope-99' },
    ];
    const set = await putWeek(fay, program.id, 2, items);
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(await chosen(ours)).toBe(1);
    expect(await chosen(builtIn)).toBe(before + 1);
    expect(
      set.body.curriculum
        .filter((i: { week: number }) => i.week === 2)
        .map((i: { libraryEntryId: string }) => i.libraryEntryId),
    ).toEqual([null, ours, builtIn, 'builtin:prompt:nope-99']);
    const unknown = await server.database.db
      .selectFrom('libraryChoices')
      .select('count')
      .where('entryId', '=', 'builtin:prompt:nope-99')
      .execute();
    expect(unknown).toEqual([]);
  });

  it('lists the programs whose curriculum holds a library entry, for anyone in the organization', async () => {
    const entry = 'builtin:prompt:vision-what-matters';
    const using = await newProgram();
    await newProgram();
    const put = await putWeek(m.people.facilitator.client, using.id, 4, [
      { kind: 'prompt', title: 'What matters to you?', libraryEntryId: entry },
    ]);
    expect(put.status).toBe(200);
    const list = (c: HttpClient, id: string) =>
      c.get(`/api/orgs/${m.orgId}/programs?libraryEntryId=${encodeURIComponent(id)}&limit=100`);
    const found = await list(m.people.orgMember.client, entry);
    expect(found.status).toBe(200);
    expect(found.body.items.map((p: { id: string }) => p.id)).toEqual([using.id]);
    expect((await list(m.people.orgMember.client, 'builtin:prompt:none-such')).body.items).toEqual(
      [],
    );
    expect((await list(m.people.outsider.client, entry)).status).toBe(404);
    expect((await list(m.people.orgMember.client, 'x'.repeat(81))).status).toBe(400);
  });

  it('tells the people holding a seat of a new session, by kind and name only', async () => {
    const program = await newProgram();
    const seated = m.people.orgMember.client;
    const waiting = m.people.teammate.client;
    expect((await seated.post(`/api/programs/${program.id}/enrollments`)).body.status).toBe(
      'enrolled',
    );
    expect((await waiting.post(`/api/programs/${program.id}/enrollments`)).body.status).toBe(
      'waitlisted',
    );
    const added = await m.people.facilitator.client.post(
      `/api/programs/${program.id}/sessions`,
      SESSION,
    );
    expect(added.status).toBe(201);
    const items = async (c: HttpClient) =>
      ((await c.get('/api/inbox')).body.items as { kind: string; title: string; url: string }[])
        .filter((i) => i.url === `/programs/${program.id}`)
        .map(({ kind, title }) => ({ kind, title }));
    const mine = await items(seated);
    expect(mine).toEqual([
      {
        kind: 'program_session',
        title: expect.stringMatching(/^\S.* added a session to a program you are enrolled in$/),
      },
    ]);
    expect(JSON.stringify(mine)).not.toContain('Private words');
    expect(await items(waiting)).toEqual([]);
    expect(await items(m.people.facilitator.client)).toEqual([]);

    // When the seat frees, the one waiting is told it is theirs.
    await seated.delete(`/api/programs/${program.id}/enrollments/me`);
    expect(await items(waiting)).toEqual([
      { kind: 'program_seat', title: 'A seat in a program freed up: it is yours now' },
    ]);
  });
});
