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
    // Only an entry the library holds can be opened there.
    expect(
      set.body.curriculum
        .filter((i: { week: number }) => i.week === 2)
        .map((i: { inLibrary: boolean }) => i.inLibrary),
    ).toEqual([false, true, true, false]);
    const unknown = await server.database.db
      .selectFrom('libraryChoices')
      .select('count')
      .where('entryId', '=', 'builtin:prompt:nope-99')
      .execute();
    expect(unknown).toEqual([]);
  });

  it('lists the programs whose curriculum holds a library entry, for anyone in the organization', async () => {
    const entry = 'builtin:prompt:vision-01';
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
    // Entries of the organization's own library are found the same way.
    const ours = await m.people.facilitator.client.post(`/api/orgs/${m.orgId}/library`, {
      kind: 'practice',
      title: 'Walk before the meeting',
    });
    expect(ours.status).toBe(201);
    expect((await list(m.people.orgMember.client, ours.body.id)).body.items).toEqual([]);
    await putWeek(m.people.facilitator.client, using.id, 5, [
      { kind: 'practice', title: 'Walk before the meeting', libraryEntryId: ours.body.id },
    ]);
    const withOurs = await list(m.people.orgMember.client, ours.body.id);
    expect(withOurs.body.items.map((p: { id: string }) => p.id)).toEqual([using.id]);
  });

  it('answers a bad library entry in the programs filter with a 4xx error, never a list or a 500', async () => {
    const program = await newProgram();
    const elsewhere = await m.people.outsider.client.post('/api/orgs', { name: 'Elsewhere too' });
    const theirs = await m.people.outsider.client.post(`/api/orgs/${elsewhere.body.id}/library`, {
      kind: 'prompt',
      title: 'What did you notice elsewhere?',
    });
    expect(theirs.status).toBe(201);
    // A curriculum may keep any id as where its text came from, even another library's.
    const put = await putWeek(m.people.facilitator.client, program.id, 1, [
      { kind: 'prompt', title: 'Copied', libraryEntryId: theirs.body.id },
      { kind: 'prompt', title: 'Made up', libraryEntryId: 'builtin:prompt:none-such' },
    ]);
    expect(put.status).toBe(200);

    const url = `/api/orgs/${m.orgId}/programs`;
    const cases: [string, number, string][] = [
      [`${url}?libraryEntryId=`, 400, 'validation_failed'],
      [`${url}?libraryEntryId=${encodeURIComponent('builtin prompt')}`, 400, 'validation_failed'],
      [`${url}?libraryEntryId=${encodeURIComponent("x' OR 1=1 --")}`, 400, 'validation_failed'],
      [`${url}?libraryEntryId=${encodeURIComponent('a/../b')}`, 400, 'validation_failed'],
      [`${url}?libraryEntryId=${'x'.repeat(81)}`, 400, 'validation_failed'],
      [`${url}?libraryEntryId=${'x'.repeat(5000)}`, 400, 'validation_failed'],
      [`${url}?libraryEntryId=a&libraryEntryId=b`, 400, 'validation_failed'],
      [`${url}?libraryEntryId=builtin:prompt:none-such`, 404, 'not_found'],
      [`${url}?libraryEntryId=builtin:nothing:x`, 404, 'not_found'],
      [`${url}?libraryEntryId=01ARZ3NDEKTSV4RRFFQ69G5FAV`, 404, 'not_found'],
      [`${url}?libraryEntryId=${theirs.body.id}`, 404, 'not_found'],
    ];
    for (const [path, status, code] of cases) {
      const answer = await m.people.facilitator.client.get(path);
      expect({ path, status: answer.status }).toEqual({ path, status });
      const details =
        status === 400
          ? {
              in: 'querystring',
              issues: expect.arrayContaining([
                expect.objectContaining({ path: ['libraryEntryId'] }),
              ]),
            }
          : null;
      expect(answer.body).toEqual({ error: { code, message: expect.any(String), details } });
      expect(answer.body.error.message.length).toBeGreaterThan(0);
    }
    // The other organization's own entry is found in its own organization only.
    const there = await m.people.outsider.client.get(
      `/api/orgs/${elsewhere.body.id}/programs?libraryEntryId=${theirs.body.id}`,
    );
    expect(there.status).toBe(200);
    expect(there.body.items).toEqual([]);
  });

  it('lets anyone in the organization filter its programs by a library entry, no one else', async () => {
    const entry = 'builtin:practice:vision-read-aloud';
    const filtered = (orgId: string, id = entry) =>
      `/api/orgs/${orgId}/programs?libraryEntryId=${encodeURIComponent(id)}`;
    const IN_ORG = ['author', 'orgMember', 'teammate', 'leader', 'facilitator', 'admin'] as const;
    expect(await m.statuses((c) => c.get(filtered(m.orgId)))).toEqual(m.only([...IN_ORG]));
    // Not in the organization, the entry's existence is no different from the organization's.
    expect(await m.statuses((c) => c.get(filtered(m.orgId, 'builtin:prompt:none-such')))).toEqual(
      m.only([...IN_ORG], 404),
    );
    expect(await m.statuses((c) => c.get(filtered('01ARZ3NDEKTSV4RRFFQ69G5FAV')))).toEqual(
      m.only([], 404),
    );
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
