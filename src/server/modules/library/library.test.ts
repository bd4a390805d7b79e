import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIBRARY_PRACTICES } from '../../../core/practice-library';
import { PROMPTS } from '../../../core/prompts';
import { databaseKinds } from '../../../../test-support/databases';
import type { HttpClient } from '../../../../test-support/http-client';
import { orgMatrix, type OrgMatrix, type Who } from '../../../../test-support/org-matrix';
import { expectPagedLikeWhole, readAllPages } from '../../../../test-support/paging';
import { startTestServer, type TestServer } from '../../../../test-support/server';
import { recordLibraryChoice } from './record-choice';

const MEMBERS: Who[] = ['author', 'orgMember', 'teammate', 'leader', 'facilitator', 'admin'];
const VISION = 'builtin:prompt:vision-01';
const PAGES = 'builtin:practice:morning-pages';

describe.each(databaseKinds())('the practice library on %s', (kind) => {
  let server: TestServer;
  let m: OrgMatrix;
  let lib: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    m = await orgMatrix(server);
    lib = `/api/orgs/${m.orgId}/library`;
  });
  afterAll(() => server.close());

  const entryPath = (id: string) => `${lib}/${encodeURIComponent(id)}`;
  /** Curators `yes`, other members 403, the outsider 404, anonymous 401. */
  const curatorsOnly = (yes: number) => ({
    ...m.only(MEMBERS, 403),
    facilitator: yes,
    admin: yes,
  });

  async function newEntry(body: Record<string, unknown>) {
    const created = await m.people.facilitator.client.post(lib, body);
    expect(created.status).toBe(201);
    return created.body as { id: string; version: number };
  }

  it('shows the built-in prompts and practices to the organization’s members only', async () => {
    const read = (c: HttpClient) => c.get(lib);
    expect(await m.statuses(read)).toEqual(m.only(MEMBERS));
    expect(await m.statuses((c) => c.get(entryPath(VISION)))).toEqual(m.only(MEMBERS));
    expect(await m.statuses((c) => c.get(`${entryPath(VISION)}/history`))).toEqual(m.only(MEMBERS));

    const prompts = await readAllPages(m.people.author.client, `${lib}?kind=prompt`, 100);
    expect(prompts).toHaveLength(PROMPTS.length);
    expect(prompts.find((e) => e.id === VISION)).toEqual({
      id: VISION,
      kind: 'prompt',
      source: 'built-in',
      title: PROMPTS[0]?.text,
      body: PROMPTS[0]?.why,
      theme: 'vision',
      chosenCount: 0,
      updatedAt: null,
    });
    const practices = await readAllPages(m.people.author.client, `${lib}?kind=practice`, 100);
    expect(practices).toHaveLength(LIBRARY_PRACTICES.length);
    expect(practices.length).toBeGreaterThanOrEqual(25);

    const one = await m.people.author.client.get(entryPath(PAGES));
    expect(one.body).toMatchObject({
      id: PAGES,
      kind: 'practice',
      version: 1,
      retired: false,
      schedule: { type: 'daily' },
      canCurate: false,
    });
    expect((await m.people.admin.client.get(entryPath(PAGES))).body.canCurate).toBe(true);
    expect((await m.people.author.client.get(entryPath('builtin:prompt:nope-01'))).status).toBe(
      404,
    );
    const history = await m.people.author.client.get(`${entryPath(PAGES)}/history`);
    expect(history.body).toEqual({
      items: [expect.objectContaining({ version: 1, change: 'built-in', changedBy: null })],
      nextCursor: null,
    });
  });

  it('pages the whole library with a real cursor and searches it', async () => {
    await expectPagedLikeWhole(m.people.author.client, `${lib}?kind=practice`, 4);
    await m.people.admin.client.post(lib, { kind: 'practice', title: 'Vision walk' });
    await m.people.admin.client.post(lib, { kind: 'prompt', title: 'Whose vision moves you?' });
    const mixed = await expectPagedLikeWhole(m.people.author.client, `${lib}?q=vision`, 3);
    // The organization's own first (oldest first), then the built-in ones by id.
    expect(mixed.slice(0, 2).map((e) => e.title)).toEqual([
      'Vision walk',
      'Whose vision moves you?',
    ]);
    expect(mixed[2].source).toBe('built-in');
    const found = await m.people.author.client.get(`${lib}?q=MORNING%20pag`);
    expect(found.body.items.map((e: { id: string }) => e.id)).toEqual([PAGES]);
    const none = await m.people.author.client.get(`${lib}?q=zzzqqq`);
    expect(none.body).toEqual({ items: [], nextCursor: null });
    expect((await m.people.author.client.get(`${lib}?cursor=bm9wZQ`)).status).toBe(400);
    expect((await m.people.author.client.get(`${lib}?kind=poem`)).status).toBe(400);
  });

  it('lets facilitators and admins add, change, retire and restore entries, keeping every version', async () => {
    const create = (c: HttpClient, who: Who) =>
      c.post(lib, { kind: 'prompt', title: `What did you learn today, ${who}?` });
    expect(await m.statuses(create)).toEqual(curatorsOnly(201));

    const entry = await newEntry({
      kind: 'practice',
      title: 'Walk and talk',
      body: 'Hold one 1:1 a week **walking**.\n\nMore detail.',
      theme: 'relationships',
      schedule: { type: 'weekly', times: 1 },
    });
    expect(entry).toMatchObject({ source: 'organization', version: 1, canCurate: true });

    const change = (c: HttpClient, who: Who) =>
      c.patch(entryPath(entry.id), { body: `Walk with a colleague (${who}).` });
    expect(await m.statuses(change)).toEqual(curatorsOnly(200));
    const retire = await m.people.admin.client.patch(entryPath(entry.id), { retired: true });
    expect(retire.body).toMatchObject({ retired: true, version: 4 });
    // Sending what is already there makes no version.
    expect(
      (await m.people.admin.client.patch(entryPath(entry.id), { retired: true })).body.version,
    ).toBe(4);
    const live = await readAllPages(m.people.author.client, `${lib}?kind=practice`, 100);
    expect(live.some((e) => e.id === entry.id)).toBe(false);
    const retired = await m.people.author.client.get(`${lib}?retired=true`);
    expect(retired.body.items.map((e: { id: string }) => e.id)).toEqual([entry.id]);
    await m.people.facilitator.client.patch(entryPath(entry.id), { retired: false });

    const history = await m.people.orgMember.client.get(`${entryPath(entry.id)}/history`);
    expect(
      history.body.items.map((v: any) => [v.version, v.change, v.changedBy?.name, v.body]),
    ).toEqual([
      [5, 'restored', 'Facil', 'Walk with a colleague (admin).'],
      [4, 'retired', 'Admin', 'Walk with a colleague (admin).'],
      [3, 'edited', 'Admin', 'Walk with a colleague (admin).'],
      [2, 'edited', 'Facil', 'Walk with a colleague (facilitator).'],
      [1, 'created', 'Facil', 'Hold one 1:1 a week **walking**.\n\nMore detail.'],
    ]);
    expect(history.body.items[0].changedAt).toEqual(expect.any(String));
    await expectPagedLikeWhole(m.people.orgMember.client, `${entryPath(entry.id)}/history`, 2);

    // A built-in entry changed by the organization keeps its built-in text as version 1.
    const edited = await m.people.facilitator.client.patch(entryPath(VISION), {
      title: 'Picture one aspiration realized: what is an ordinary day there?',
    });
    expect(edited.body).toMatchObject({ source: 'built-in', version: 2 });
    const builtInHistory = await readAllPages(
      m.people.author.client,
      `${entryPath(VISION)}/history`,
      1,
    );
    expect(builtInHistory.map((v) => [v.version, v.change])).toEqual([
      [2, 'edited'],
      [1, 'built-in'],
    ]);
    expect(builtInHistory[1].title).toBe(PROMPTS[0]?.text);

    const empty = await m.people.facilitator.client.patch(entryPath(VISION), {});
    expect(empty.status).toBe(400);
    const blank = await m.people.facilitator.client.post(lib, { kind: 'prompt', title: ' ' });
    expect(blank.status).toBe(400);
  });

  it('takes members’ proposals; curators accept or decline them, and the proposer sees the answer', async () => {
    const propose = (c: HttpClient, who: Who) =>
      c.post(`${lib}/proposals`, {
        entryId: PAGES,
        title: 'Morning pages',
        body: `Three pages by hand (${who}).`,
        note: 'Three pages is the classic form.',
      });
    expect(await m.statuses(propose)).toEqual(m.only(MEMBERS, 201));

    const addition = await m.people.author.client.post(`${lib}/proposals`, {
      kind: 'prompt',
      title: 'Who helped you learn this week?',
    });
    expect(addition.body).toMatchObject({
      status: 'open',
      entryId: null,
      kind: 'prompt',
      proposedBy: { id: m.people.author.user.id, name: 'Author' },
    });
    expect(
      (await m.people.author.client.post(`${lib}/proposals`, { title: 'No kind' })).status,
    ).toBe(400);
    expect(
      (
        await m.people.author.client.post(`${lib}/proposals`, {
          entryId: 'builtin:practice:nope',
          title: 'x',
        })
      ).status,
    ).toBe(404);

    // Members see their own; curators see every open one; members may not see the queue.
    const mine = await m.people.author.client.get(`${lib}/proposals`);
    expect(mine.body.items.map((p: any) => p.title)).toEqual([
      'Who helped you learn this week?',
      'Morning pages',
    ]);
    expect((await m.people.author.client.get(`${lib}/proposals?scope=open`)).status).toBe(403);
    const queue = await readAllPages(m.people.facilitator.client, `${lib}/proposals`, 2);
    expect(queue).toHaveLength(MEMBERS.length + 1);
    await expectPagedLikeWhole(m.people.admin.client, `${lib}/proposals?scope=open`, 3);

    const improvements = queue.filter((p) => p.entryId === PAGES);
    expect(improvements.length).toBeGreaterThan(1);
    expect(improvements.every((p) => p.baseVersion === 1 && p.stale === false)).toBe(true);
    expect(queue.find((p) => p.entryId === null)).toMatchObject({
      baseVersion: null,
      stale: false,
    });
    const authorsImprovement = queue.find((p) => p.body === 'Three pages by hand (author).');
    const accept = (c: HttpClient) =>
      c.post(`${lib}/proposals/${authorsImprovement.id}/accept`, { note: 'Thank you!' });
    // The facilitator answers first; the admin after them finds it answered.
    expect(await m.statuses(accept)).toEqual({ ...curatorsOnly(200), admin: 409 });
    // The other improvements were made against version 1: now stale, for the curator to compare.
    const open = await readAllPages(m.people.facilitator.client, `${lib}/proposals`, 100);
    const stale = open.filter((p) => p.entryId === PAGES);
    expect(stale).toHaveLength(improvements.length - 1);
    expect(stale.every((p) => p.stale === true && p.baseVersion === 1)).toBe(true);
    const entry = await m.people.author.client.get(entryPath(PAGES));
    // What the proposal left out (theme, schedule) stays as it was.
    expect(entry.body).toMatchObject({
      version: 2,
      body: 'Three pages by hand (author).',
      theme: 'reflection',
      schedule: { type: 'daily' },
    });
    const history = await m.people.author.client.get(`${entryPath(PAGES)}/history`);
    expect(history.body.items[0]).toMatchObject({
      version: 2,
      change: 'edited',
      changedBy: { name: 'Facil' },
      proposedBy: { name: 'Author' },
    });

    const declined = await m.people.admin.client.post(
      `${lib}/proposals/${addition.body.id}/decline`,
      { note: 'We have one like it: vision-02.' },
    );
    expect(declined.body).toMatchObject({
      status: 'declined',
      decidedBy: { name: 'Admin' },
      decisionNote: 'We have one like it: vision-02.',
    });
    expect(
      (await m.people.admin.client.post(`${lib}/proposals/${addition.body.id}/decline`, {})).status,
    ).toBe(400);

    const answered = await m.people.author.client.get(`${lib}/proposals`);
    expect(answered.body.items.map((p: any) => [p.title, p.status])).toEqual([
      ['Who helped you learn this week?', 'declined'],
      ['Morning pages', 'accepted'],
    ]);
    // Nobody sees someone else's proposals among their own.
    const theirs = await m.people.orgMember.client.get(`${lib}/proposals`);
    expect(theirs.body.items.map((p: any) => p.proposedBy.name)).toEqual(['Member']);

    // An accepted addition becomes an entry of the organization's own.
    const add = await m.people.teammate.client.post(`${lib}/proposals`, {
      kind: 'practice',
      title: 'Gratitude walk',
      schedule: { type: 'weekly', times: 2 },
    });
    const accepted = await m.people.admin.client.post(`${lib}/proposals/${add.body.id}/accept`, {});
    expect(accepted.body.entryId).toEqual(expect.any(String));
    const made = await m.people.teammate.client.get(entryPath(accepted.body.entryId));
    expect(made.body).toMatchObject({
      source: 'organization',
      title: 'Gratitude walk',
      schedule: { type: 'weekly', times: 2 },
      version: 1,
    });
  });

  it('counts choices, never who: adopting a practice and reflecting on a prompt', async () => {
    const adopt = (c: HttpClient) => c.post(`${entryPath(PAGES)}/adopt`, {});
    expect(await m.statuses(adopt)).toEqual(m.only(MEMBERS, 201));
    const adopted = await m.people.author.client.post(`${entryPath(PAGES)}/adopt`, {
      schedule: { type: 'weekly', times: 3 },
    });
    const practice = await m.people.author.client.get(`/api/practices/${adopted.body.practiceId}`);
    expect(practice.body).toMatchObject({
      name: 'Morning pages',
      schedule: { type: 'weekly', times: 3 },
    });
    expect(practice.body.description.length).toBeLessThanOrEqual(500);
    // The practice is the person's own and private.
    expect(
      (await m.people.facilitator.client.get(`/api/practices/${adopted.body.practiceId}`)).status,
    ).toBe(404);
    expect((await m.people.author.client.get(entryPath(PAGES))).body.chosenCount).toBe(
      MEMBERS.length + 1,
    );

    const reflect = (c: HttpClient) => c.post(`${entryPath(VISION)}/choices`);
    expect(await m.statuses(reflect)).toEqual(m.only(MEMBERS, 204));
    const listed = await m.people.author.client.get(`${lib}?kind=prompt&q=ordinary%20day`);
    expect(listed.body.items.find((e: any) => e.id === VISION).chosenCount).toBe(MEMBERS.length);
    expect((await m.people.author.client.post(`${entryPath(VISION)}/adopt`, {})).status).toBe(400);
    expect((await m.people.author.client.post(`${entryPath(PAGES)}/choices`)).status).toBe(400);

    // The programs module counts its own choices through the same function.
    await server.database.db
      .transaction()
      .execute((trx) => recordLibraryChoice(trx, { orgId: m.orgId, entryId: PAGES }));
    expect((await m.people.author.client.get(entryPath(PAGES))).body.chosenCount).toBe(
      MEMBERS.length + 2,
    );
    const json = JSON.stringify((await m.people.admin.client.get(entryPath(PAGES))).body);
    expect(json).not.toContain(m.people.author.user.id);
  });
});
