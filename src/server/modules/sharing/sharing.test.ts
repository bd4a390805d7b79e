import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayLabel } from '../../../core/shared-title';
import { nowIso } from '../../lib/time';
import { databaseKinds } from '../../../../test-support/databases';
import type { HttpClient } from '../../../../test-support/http-client';
import { expectPagedLikeWhole } from '../../../../test-support/paging';
import { orgMatrix, type OrgMatrix } from '../../../../test-support/org-matrix';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';

describe.each(databaseKinds())('sharing and the authorization matrix on %s', (kind) => {
  let server: TestServer;
  let people: OrgMatrix['people'];
  let orgId: string;
  let teamId: string;
  let statuses: OrgMatrix['statuses'];
  let only: OrgMatrix['only'];
  let anonymous: OrgMatrix['anonymous'];

  beforeAll(async () => {
    server = await startTestServer(kind);
    ({ people, orgId, teamId, statuses, only, anonymous } = await orgMatrix(server));
  });
  afterAll(() => server.close());

  /** A new person who joined the organization by the admin's invitation. */
  async function newOrgMember(name: string) {
    const person = await signedInClient(server, name);
    const { token } = (
      await people.admin.client.post(`/api/orgs/${orgId}/invitations`, {
        email: person.person.email,
      })
    ).body;
    expect((await person.client.post(`/api/invitations/${token}/accept`)).status).toBe(200);
    return person;
  }

  async function newAspiration() {
    const created = await people.author.client.post('/api/aspirations', {
      title: 'Coach, not fix',
      domain: 'career',
      vision: 'Ask first.',
      visionLevel: 8,
    });
    return created.body.id as string;
  }

  it('pages my shares and what is shared with me, an item shared several ways once', async () => {
    const reader = await newOrgMember('Reader');
    const ids = [await newAspiration(), await newAspiration(), await newAspiration()];
    for (const id of ids) {
      await people.author.client.post('/api/shares', {
        itemType: 'aspiration',
        itemId: id,
        with: { userId: reader.user.id },
      });
    }
    // The first item again, through the organization: still listed once, at its newest share.
    await people.author.client.post('/api/shares', {
      itemType: 'aspiration',
      itemId: ids[0],
      with: { orgId },
    });
    const mine = await expectPagedLikeWhole(
      people.author.client,
      '/api/shares?itemType=aspiration',
      2,
    );
    expect(new Set(mine.map((s) => s.id)).size).toBe(mine.length);
    const shared = await expectPagedLikeWhole(reader.client, '/api/shared-with-me', 2);
    expect(shared.map((s) => s.itemId).filter((id) => ids.includes(id))).toEqual([
      ids[0],
      ids[2],
      ids[1],
    ]);
    // The organization's other members are other tests' callers: end these shares for them.
    for (const share of mine.filter((s) => ids.includes(s.itemId))) {
      await people.author.client.delete(`/api/shares/${share.id}`);
    }
  });

  it('keeps the author’s own routes to the author, whatever is shared, and the shared read to those it reaches', async () => {
    const id = await newAspiration();
    const read = (c: HttpClient) => c.get(`/api/shared/aspiration/${id}`);
    const own = (c: HttpClient) => c.get(`/api/aspirations/${id}`);
    const write = (c: HttpClient) => c.patch(`/api/aspirations/${id}`, { title: 'Changed' });

    // Before sharing: nobody but the author, no role included.
    expect(await statuses(read)).toEqual(only(['author']));
    expect(await statuses(own)).toEqual(only(['author']));

    // Shared with the organization: every member of it, and no one outside.
    const toOrg = await people.author.client.post('/api/shares', {
      itemType: 'aspiration',
      itemId: id,
      with: { orgId },
    });
    expect(toOrg.status).toBe(201);
    expect(await statuses(read)).toEqual(
      only(['author', 'orgMember', 'teammate', 'leader', 'facilitator', 'admin']),
    );
    expect(await statuses(own)).toEqual(only(['author']));
    expect((await statuses(write)).author).toBe(200);
    expect(await statuses(write)).toEqual(only(['author']));
    await people.author.client.delete(`/api/shares/${toOrg.body.id}`);

    // Shared with the team: its members and leader; not the org's admin or facilitator.
    const toTeam = await people.author.client.post('/api/shares', {
      itemType: 'aspiration',
      itemId: id,
      with: { teamId },
    });
    expect(await statuses(read)).toEqual(only(['author', 'teammate', 'leader']));
    await people.author.client.delete(`/api/shares/${toTeam.body.id}`);

    // Shared with one named person: that person only.
    const toMate = await people.author.client.post('/api/shares', {
      itemType: 'aspiration',
      itemId: id,
      with: { userId: people.teammate.user.id },
    });
    expect(await statuses(read)).toEqual(only(['author', 'teammate']));

    // Unshared: back to the author alone.
    expect((await people.author.client.delete(`/api/shares/${toMate.body.id}`)).status).toBe(204);
    expect(await statuses(read)).toEqual(only(['author']));
  });

  it('lets only the author share, list shares and unshare', async () => {
    const id = await newAspiration();
    const share = (c: HttpClient) =>
      c.post('/api/shares', { itemType: 'aspiration', itemId: id, with: { orgId } });
    const result = await statuses(share);
    expect(result).toEqual({ ...only(['author'], 201), author: 201 });
    const { id: shareId } = (
      await people.author.client.post('/api/shares', {
        itemType: 'aspiration',
        itemId: id,
        with: { orgId },
      })
    ).body;
    expect(await statuses((c) => c.get(`/api/shares?itemType=aspiration&itemId=${id}`))).toEqual(
      only(['author']),
    );
    const listed = await people.author.client.get(`/api/shares?itemType=aspiration&itemId=${id}`);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ id: shareId, with: { type: 'org', id: orgId, name: 'Lab' } }),
    ]);
    const unshares = await statuses((c) => c.delete(`/api/shares/${shareId}`));
    expect(unshares.author).toBe(204);
    expect({ ...unshares, author: 200 }).toEqual(only(['author']));
  });

  it('lists all my shares, or one kind of item’s, and never anyone else’s', async () => {
    const id = await newAspiration();
    const belief = (
      await people.author.client.post('/api/beliefs', {
        statement: 'I learn in public.',
        kind: 'empowering',
      })
    ).body;
    const toTeam = await people.author.client.post('/api/shares', {
      itemType: 'aspiration',
      itemId: id,
      with: { teamId },
    });
    const toMate = await people.author.client.post('/api/shares', {
      itemType: 'belief',
      itemId: belief.id,
      with: { userId: people.teammate.user.id },
    });
    const ids = (response: { body: { items: { id: string }[] } }) =>
      response.body.items.map((share) => share.id);

    const all = await people.author.client.get('/api/shares');
    expect(all.status).toBe(200);
    expect(ids(all)).toEqual(expect.arrayContaining([toTeam.body.id, toMate.body.id]));
    expect(all.body.items).toContainEqual(
      expect.objectContaining({
        id: toMate.body.id,
        itemType: 'belief',
        itemId: belief.id,
        with: { type: 'user', id: people.teammate.user.id, name: 'Mate' },
      }),
    );
    const beliefs = await people.author.client.get('/api/shares?itemType=belief');
    expect(ids(beliefs)).toContain(toMate.body.id);
    expect(beliefs.body.items.every((share: any) => share.itemType === 'belief')).toBe(true);

    for (const who of ['teammate', 'leader', 'admin'] as const) {
      const theirs = await people[who].client.get('/api/shares');
      expect(ids(theirs), who).not.toContain(toTeam.body.id);
      expect(ids(theirs), who).not.toContain(toMate.body.id);
    }
    expect((await anonymous.get('/api/shares')).status).toBe(401);
    expect((await people.author.client.get(`/api/shares?itemId=${id}`)).status).toBe(400);
    await people.author.client.delete(`/api/shares/${toTeam.body.id}`);
    await people.author.client.delete(`/api/shares/${toMate.body.id}`);
  });

  it('refuses to share with people, teams or organizations the author does not belong with', async () => {
    const id = await newAspiration();
    for (const target of [
      { userId: people.outsider.user.id },
      { userId: 'nobody' },
      { userId: people.author.user.id },
      { teamId: 'nope' },
      { orgId: 'nope' },
    ]) {
      const response = await people.author.client.post('/api/shares', {
        itemType: 'aspiration',
        itemId: id,
        with: target,
      });
      expect(response.status, JSON.stringify(target)).toBe(400);
      expect(response.body.error.code).toBe('unknown_recipient');
    }
    expect(
      (
        await people.author.client.post('/api/shares', {
          itemType: 'diary',
          itemId: id,
          with: { orgId },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await people.author.client.post('/api/shares', {
          itemType: 'aspiration',
          itemId: id,
          with: { orgId, teamId },
        })
      ).status,
    ).toBe(400);
  });

  it('writes every read by someone else into the author’s access log, and lists shared items', async () => {
    const id = await newAspiration();
    await people.author.client.post('/api/shares', {
      itemType: 'aspiration',
      itemId: id,
      with: { userId: people.teammate.user.id },
    });
    const shared = await people.teammate.client.get('/api/shared-with-me');
    expect(shared.body.items).toEqual([
      expect.objectContaining({
        itemType: 'aspiration',
        itemId: id,
        title: 'Coach, not fix',
        owner: { id: people.author.user.id, name: 'Author' },
      }),
    ]);
    const read = await people.teammate.client.get(`/api/shared/aspiration/${id}`);
    expect(read.body).toMatchObject({
      itemType: 'aspiration',
      owner: { name: 'Author' },
      item: { id, title: 'Coach, not fix', visionLevel: 8 },
    });
    await people.author.client.get(`/api/shared/aspiration/${id}`);
    const log = await people.author.client.get('/api/access-log');
    const entries = log.body.items.filter((e: any) => e.itemId === id);
    const mate = (await people.teammate.client.get('/api/me')).body;
    expect(entries).toEqual([
      expect.objectContaining({
        reader: { id: people.teammate.user.id, name: 'Mate', email: mate.email },
        itemType: 'aspiration',
        itemTitle: 'Coach, not fix',
      }),
    ]);
    expect(
      (await people.teammate.client.get('/api/access-log')).body.items.filter(
        (e: any) => e.itemId === id,
      ),
    ).toEqual([]);
  });

  it('lists only what the author chose as a title: an untitled reflection by its date, a belief as "A belief"; opening is the logged read', async () => {
    const author = people.author.client;
    const words = 'I dread the Monday meeting with my manager.';
    const statement = 'I can’t lead without all the answers.';
    const untitled = (await author.post('/api/reflections', { kind: 'daily', body: words })).body;
    const titled = (
      await author.post('/api/reflections', { kind: 'free', title: 'On listening', body: words })
    ).body;
    const belief = (await author.post('/api/beliefs', { statement, kind: 'limiting' })).body;
    const shareIds: string[] = [];
    for (const [itemType, itemId] of [
      ['reflection', untitled.id],
      ['reflection', titled.id],
      ['belief', belief.id],
    ] as const) {
      const share = await author.post('/api/shares', {
        itemType,
        itemId,
        with: { userId: people.teammate.user.id },
      });
      shareIds.push(share.body.id);
    }
    const untitledTitle = `Reflection · ${dayLabel(untitled.date, nowIso().slice(0, 10))}`;

    const listed = await people.teammate.client.get('/api/shared-with-me');
    const titleOf = (id: string) => listed.body.items.find((i: any) => i.itemId === id)?.title;
    expect(titleOf(untitled.id)).toBe(untitledTitle);
    expect(titleOf(titled.id)).toBe('On listening');
    expect(titleOf(belief.id)).toBe('A belief');
    for (const text of [words, 'I dread', statement, 'lead without']) {
      expect(JSON.stringify(listed.body)).not.toContain(text);
    }

    // Opening is the read: it shows the words, carries the listed title and is logged.
    const opened = await people.teammate.client.get(`/api/shared/reflection/${untitled.id}`);
    expect(opened.body).toMatchObject({ title: untitledTitle, item: { body: words } });
    const openedBelief = await people.teammate.client.get(`/api/shared/belief/${belief.id}`);
    expect(openedBelief.body).toMatchObject({ title: 'A belief', item: { statement } });
    const log = (await author.get('/api/access-log')).body.items;
    expect(log.find((e: any) => e.itemId === untitled.id)?.itemTitle).toBe(untitledTitle);
    // The author sees their own belief by its statement; the log keeps no copy of it.
    expect(log.find((e: any) => e.itemId === belief.id)?.itemTitle).toBe(statement);
    const stored = await server.database.db
      .selectFrom('accessLog')
      .select('itemTitle')
      .where('itemId', 'in', [untitled.id, belief.id])
      .execute();
    expect(stored.map((r) => r.itemTitle).sort()).toEqual(['A belief', untitledTitle].sort());
    for (const shareId of shareIds) await author.delete(`/api/shares/${shareId}`);
  });

  it('names each reader in the access log by their account as it is now: renaming hides no one, and a deleted account says so', async () => {
    const id = await newAspiration();
    await people.author.client.post('/api/shares', {
      itemType: 'aspiration',
      itemId: id,
      with: { orgId },
    });
    const reader = await newOrgMember('Lea');
    expect((await reader.client.get(`/api/shared/aspiration/${id}`)).status).toBe(200);
    const readsOf = async () =>
      ((await people.author.client.get('/api/access-log')).body.items as any[]).filter(
        (e) => e.itemId === id,
      );
    expect((await readsOf()).map((e) => e.reader)).toEqual([
      { id: reader.user.id, name: 'Lea', email: reader.person.email },
    ]);

    // Renamed afterwards (to someone else's name, even), the reader is still who they are.
    expect((await reader.client.patch('/api/me', { name: 'Mate' })).status).toBe(200);
    expect((await reader.client.get(`/api/shared/aspiration/${id}`)).status).toBe(200);
    expect((await readsOf()).map((e) => e.reader)).toEqual([
      { id: reader.user.id, name: 'Mate', email: reader.person.email },
      { id: reader.user.id, name: 'Mate', email: reader.person.email },
    ]);

    // Once the account is deleted, the reads stay, by "a deleted account".
    const deleted = await reader.client.delete('/api/me', { password: reader.person.password });
    expect(deleted.status).toBe(204);
    const after = await readsOf();
    expect(after).toHaveLength(2);
    expect(after.map((e) => e.reader)).toEqual([null, null]);
    expect(JSON.stringify(after)).not.toContain(reader.person.email);
  });

  it('shares reflections too, and deleting the reflection ends its shares', async () => {
    const reflection = (
      await people.author.client.post('/api/reflections', {
        kind: 'daily',
        body: 'A morning thought.',
      })
    ).body;
    await people.author.client.post('/api/shares', {
      itemType: 'reflection',
      itemId: reflection.id,
      with: { teamId },
    });
    expect(
      (await people.leader.client.get(`/api/shared/reflection/${reflection.id}`)).body.item.body,
    ).toBe('A morning thought.');
    expect((await people.admin.client.get(`/api/shared/reflection/${reflection.id}`)).status).toBe(
      404,
    );
    await people.author.client.delete(`/api/reflections/${reflection.id}`);
    expect((await people.leader.client.get(`/api/shared/reflection/${reflection.id}`)).status).toBe(
      404,
    );
    expect(
      (await people.leader.client.get('/api/shared-with-me')).body.items.some(
        (i: any) => i.itemId === reflection.id,
      ),
    ).toBe(false);
  });

  it('ends the shares of every kind of item when the item is deleted', async () => {
    const author = people.author.client;
    const practice = (
      await author.post('/api/practices', { name: 'Walk', schedule: { type: 'daily' } })
    ).body;
    const belief = (
      await author.post('/api/beliefs', { statement: 'I am never ready.', kind: 'limiting' })
    ).body;
    const learning = (await author.post('/api/learning', { kind: 'article', title: 'On dialogue' }))
      .body;
    const reflection = (await author.post('/api/reflections', { kind: 'free', body: 'Notes.' }))
      .body;
    const items = [
      ['practice', practice.id, `/api/practices/${practice.id}`],
      ['belief', belief.id, `/api/beliefs/${belief.id}`],
      ['learning_item', learning.id, `/api/learning/${learning.id}`],
      ['reflection', reflection.id, `/api/reflections/${reflection.id}`],
    ] as const;
    const shareIds: string[] = [];
    for (const [itemType, itemId] of items) {
      const share = await author.post('/api/shares', {
        itemType,
        itemId,
        with: { userId: people.leader.user.id },
      });
      expect(share.status, itemType).toBe(201);
      shareIds.push(share.body.id);
    }
    const mine = async () =>
      ((await author.get('/api/shares')).body.items as { id: string }[]).map((share) => share.id);
    expect(await mine()).toEqual(expect.arrayContaining(shareIds));

    for (const [itemType, , path] of items)
      expect((await author.delete(path)).status, itemType).toBe(204);
    const left = await mine();
    for (const id of shareIds) expect(left).not.toContain(id);
  });

  it('revokes at once what came through a team when the person leaves it, and through the org when removed', async () => {
    const id = await newAspiration();
    await people.author.client.post('/api/shares', {
      itemType: 'aspiration',
      itemId: id,
      with: { teamId },
    });
    const extra = await newOrgMember('Extra');
    await people.admin.client.put(`/api/teams/${teamId}/members/${extra.user.id}`, {
      role: 'member',
    });
    expect((await extra.client.get(`/api/shared/aspiration/${id}`)).status).toBe(200);
    await people.admin.client.delete(`/api/orgs/${orgId}/members/${extra.user.id}`);
    expect((await extra.client.get(`/api/shared/aspiration/${id}`)).status).toBe(404);
    expect((await extra.client.get('/api/shared-with-me')).body.items).toEqual([]);
  });

  it('shares learning items, practices and beliefs read-only, without the private aspirations they link to', async () => {
    const author = people.author.client;
    const aspiration = (
      await author.post('/api/aspirations', {
        title: 'A private dream',
        domain: 'learning',
        vision: 'Mine.',
        visionLevel: 7,
      })
    ).body;
    const learning = (
      await author.post('/api/learning', {
        kind: 'book',
        title: 'The Fifth Discipline',
        aspirationIds: [aspiration.id],
      })
    ).body;
    const practice = (
      await author.post('/api/practices', {
        name: 'Morning pages',
        schedule: { type: 'daily' },
        aspirationId: aspiration.id,
      })
    ).body;
    const belief = (
      await author.post('/api/beliefs', {
        statement: 'I can’t lead without all the answers.',
        kind: 'limiting',
      })
    ).body;
    for (const [itemType, itemId] of [
      ['learning_item', learning.id],
      ['practice', practice.id],
      ['belief', belief.id],
    ] as const) {
      const read = (c: HttpClient) => c.get(`/api/shared/${itemType}/${itemId}`);
      expect(await statuses(read), itemType).toEqual(only(['author']));
      const share = await author.post('/api/shares', { itemType, itemId, with: { teamId } });
      expect(share.status, itemType).toBe(201);
      expect(await statuses(read), itemType).toEqual(only(['author', 'teammate', 'leader']));
      await author.delete(`/api/shares/${share.body.id}`);
    }
    await author.post('/api/shares', {
      itemType: 'learning_item',
      itemId: learning.id,
      with: { userId: people.teammate.user.id },
    });
    const seen = await people.teammate.client.get(`/api/shared/learning_item/${learning.id}`);
    expect(seen.body.item).toMatchObject({ title: 'The Fifth Discipline', aspirations: [] });
    expect(JSON.stringify(seen.body)).not.toContain('A private dream');
    expect(
      (await people.teammate.client.patch(`/api/learning/${learning.id}`, { title: 'Mine' }))
        .status,
    ).toBe(404);
  });

  it('shares weekly reviews read-only with their alignment; unsharing and deleting end it', async () => {
    const author = people.author.client;
    const courage = (await author.post('/api/values', { name: 'Courage' })).body.id;
    const honesty = (await author.post('/api/values', { name: 'Honesty' })).body.id;
    const review = await author.post('/api/reviews/weekly', {
      week: '2024-W10',
      valueRatings: [
        { valueId: courage, rating: 8, evidence: 'Said no.' },
        { valueId: honesty, rating: 6 },
      ],
      wentWell: 'A calm week.',
    });
    expect(review.status).toBe(201);
    const id = review.body.id as string;
    const read = (c: HttpClient) => c.get(`/api/shared/weekly_review/${id}`);
    expect(await statuses(read)).toEqual(only(['author']));

    const toOrg = await author.post('/api/shares', {
      itemType: 'weekly_review',
      itemId: id,
      with: { orgId },
    });
    expect(toOrg.status).toBe(201);
    expect(await statuses(read)).toEqual(
      only(['author', 'orgMember', 'teammate', 'leader', 'facilitator', 'admin']),
    );
    await author.delete(`/api/shares/${toOrg.body.id}`);

    const toTeam = await author.post('/api/shares', {
      itemType: 'weekly_review',
      itemId: id,
      with: { teamId },
    });
    expect(await statuses(read)).toEqual(only(['author', 'teammate', 'leader']));
    const seen = await people.leader.client.get(`/api/shared/weekly_review/${id}`);
    expect(seen.body).toMatchObject({
      itemType: 'weekly_review',
      owner: { id: people.author.user.id, name: 'Author' },
      item: {
        id,
        week: '2024-W10',
        alignment: 70,
        wentWell: 'A calm week.',
        valueRatings: [
          { name: 'Courage', rating: 8, evidence: 'Said no.' },
          { name: 'Honesty', rating: 6 },
        ],
      },
    });
    expect(
      (await people.leader.client.get('/api/shared-with-me')).body.items.filter(
        (i: any) => i.itemId === id,
      ),
    ).toEqual([expect.objectContaining({ itemType: 'weekly_review', title: 'Week 2024-W10' })]);
    const log = (await author.get('/api/access-log')).body.items.filter(
      (e: any) => e.itemId === id,
    );
    // Org share: five readers; team share: two, and the leader once more above.
    expect(log.every((e: any) => e.itemTitle === 'Week 2024-W10')).toBe(true);
    expect(log.map((e: any) => e.reader.name).sort()).toEqual(
      ['Admin', 'Facil', 'Leader', 'Leader', 'Leader', 'Mate', 'Mate', 'Member'].sort(),
    );
    // Read-only: the author's own route stays the author's.
    expect((await people.leader.client.delete('/api/reviews/weekly/2024-W10')).status).toBe(404);
    await author.delete(`/api/shares/${toTeam.body.id}`);
    expect(await statuses(read)).toEqual(only(['author']));

    await author.post('/api/shares', {
      itemType: 'weekly_review',
      itemId: id,
      with: { userId: people.teammate.user.id },
    });
    expect(await statuses(read)).toEqual(only(['author', 'teammate']));
    expect((await author.delete('/api/reviews/weekly/2024-W10')).status).toBe(204);
    expect(await statuses(read)).toEqual(only([]));
    const left = await server.database.db
      .selectFrom('shares')
      .select('id')
      .where('itemId', '=', id)
      .execute();
    expect(left).toEqual([]);
  });
});
