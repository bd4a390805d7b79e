import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import type { HttpClient } from '../../../../test-support/http-client';
import { orgMatrix } from '../../../../test-support/org-matrix';
import { expectPagedLikeWhole } from '../../../../test-support/paging';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';

const sbi = (n: number | string) => ({
  situation: `In the retro ${n}`,
  behavior: 'You asked before advising',
  impact: 'People spoke up',
  suggestion: 'Keep it',
});
const named = (n: number | string) => ({ ...sbi(n), anonymous: false });
const anonymous = (n: number | string) => ({ ...sbi(n), anonymous: true });
const ULID = /^[0-9A-Z]{26}$/;

describe.each(databaseKinds())('feedback on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  type Someone = Awaited<ReturnType<typeof signedInClient>>;

  /** Ana and colleagues (`bea` signs up as Bea), all in one organization Ana runs. */
  async function colleagues<N extends string>(...names: N[]) {
    const ana = await signedInClient(server, 'Ana');
    const orgId = (await ana.client.post('/api/orgs', { name: 'Lab' })).body.id;
    const others = {} as Record<N, Someone>;
    for (const name of names) {
      const person = await signedInClient(server, name[0]!.toUpperCase() + name.slice(1));
      const { token } = (
        await ana.client.post(`/api/orgs/${orgId}/invitations`, { email: person.person.email })
      ).body;
      await person.client.post(`/api/invitations/${token}/accept`);
      others[name] = person;
    }
    return { ana, ...others };
  }

  async function ask(
    requester: HttpClient,
    recipients: ({ userId: string } | { email: string })[],
    anonymousAllowed = true,
    about: { question?: string; aspirationId?: string } = {},
  ) {
    const created = await requester.post('/api/feedback/requests', {
      question: 'What should I stop doing?',
      anonymousAllowed,
      recipients,
      ...about,
    });
    expect(created.status).toBe(201);
    return created.body as {
      id: string;
      links: { recipient: { email: string }; token: string; url: string }[];
    };
  }

  /** A new aspiration of the client's own, with its id and title. */
  const aspire = async (client: HttpClient, title: string, domain = 'career', visionLevel = 5) =>
    (await client.post('/api/aspirations', { title, domain, vision: 'v', visionLevel })).body as {
      id: string;
      title: string;
    };

  const answerAs = (person: { client: HttpClient }, requestId: string, body: object) =>
    person.client.post(`/api/feedback/requests/${requestId}/answers`, body);

  it('asks colleagues without links: they answer signed in from "Asked of me", once', async () => {
    const { ana, bea } = await colleagues('bea');
    const created = await ask(ana.client, [
      { userId: bea.user.id },
      { email: 'Mentor@Example.org' },
      { userId: bea.user.id },
    ]);
    // Only the person asked by email gets a link; the colleague none.
    expect(created.links).toEqual([
      {
        recipient: { email: 'mentor@example.org' },
        token: expect.any(String),
        url: expect.stringContaining('/feedback/'),
      },
    ]);
    const rows = await server.database.db
      .selectFrom('feedbackRecipients')
      .select(['userId', 'tokenHash'])
      .where('requestId', '=', created.id)
      .execute();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.userId === bea.user.id)?.tokenHash).toBeNull();

    const askedOfBea = await bea.client.get('/api/feedback/asked-of-me');
    expect(askedOfBea.status).toBe(200);
    expect(askedOfBea.body).toEqual({
      items: [
        {
          id: created.id,
          question: 'What should I stop doing?',
          requester: { id: ana.user.id, name: 'Ana' },
          aspirationTitle: null,
          anonymousAllowed: true,
          closesAt: expect.any(String),
          closed: false,
          answered: false,
        },
      ],
      nextCursor: null,
    });
    expect((await ana.client.get('/api/feedback/asked-of-me')).body.items).toEqual([]);
    expect((await server.client().get('/api/feedback/asked-of-me')).status).toBe(401);

    expect((await answerAs(bea, created.id, named(1))).status).toBe(201);
    const again = await answerAs(bea, created.id, named(2));
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_answered');
    expect((await bea.client.get(`/api/feedback/asked-of-me/${created.id}`)).body).toMatchObject({
      id: created.id,
      answered: true,
    });

    const request = (await ana.client.get(`/api/feedback/requests/${created.id}`)).body;
    expect(request).toMatchObject({ recipientCount: 2, answerCount: 1, closedAt: null });
    expect(request).not.toHaveProperty('anonymousWaiting');
    expect(request.answers).toEqual([
      {
        id: expect.stringMatching(ULID),
        anonymous: false,
        giverName: 'Bea',
        via: 'colleague',
        ...sbi(1),
        answeredAt: expect.any(String),
      },
    ]);
  });

  it('takes a named answer from a colleague only signed in as them: nobody else can write it', async () => {
    const { ana, bea, cai } = await colleagues('bea', 'cai');
    const dan = await signedInClient(server, 'Dan');
    const created = await ask(ana.client, [{ userId: bea.user.id }]);
    // The requester, a colleague not asked and a stranger: nothing there to answer.
    for (const someone of [ana, cai, dan]) {
      const forged = await answerAs(someone, created.id, named('forged'));
      expect(forged.status).toBe(404);
      expect((await someone.client.get(`/api/feedback/asked-of-me/${created.id}`)).status).toBe(
        404,
      );
    }
    expect(
      (await server.client().post(`/api/feedback/requests/${created.id}/answers`, named(1))).status,
    ).toBe(401);
    expect((await answerAs(bea, 'nope', named(1))).status).toBe(404);
    expect((await answerAs(bea, created.id, { situation: '' })).status).toBe(400);
    expect(
      (await answerAs(bea, created.id, { ...named(1), situation: 'x'.repeat(2001) })).status,
    ).toBe(400);
    expect((await ana.client.get(`/api/feedback/requests/${created.id}`)).body.answers).toEqual([]);
  });

  it('never takes an anonymous answer through a link, so the requester cannot make up a threshold', async () => {
    const { ana } = await colleagues();
    const created = await ask(
      ana.client,
      ['a', 'b', 'c'].map((x) => ({ email: `${x}@example.org` })),
    );
    const invitation = await server
      .client()
      .get(`/api/feedback/answers/${created.links[0]!.token}`);
    expect(invitation.body).toEqual({
      question: 'What should I stop doing?',
      requesterName: 'Ana',
      aspirationTitle: null,
      expiresAt: expect.any(String),
      anonymousAllowed: false,
    });
    // The requester holds every link: answering them anonymously is refused, named or not.
    for (const { token } of created.links) {
      for (const body of [anonymous(1), { ...anonymous(1), name: 'Someone' }]) {
        const refused = await ana.client.post(`/api/feedback/answers/${token}`, body);
        expect(refused.status).toBe(400);
        expect(refused.body.error.code).toBe('anonymous_not_available');
      }
    }
    const link = (i: number) => `/api/feedback/answers/${created.links[i]!.token}`;
    const nameless = await server.client().post(link(0), named(1));
    expect(nameless.status).toBe(400);
    expect(nameless.body.error.details.issues[0].path).toEqual(['name']);
    for (const name of ['', '   ', 'x'.repeat(101)]) {
      expect((await server.client().post(link(0), { ...named(1), name })).status).toBe(400);
    }
    for (const i of [0, 1, 2]) {
      expect((await server.client().post(link(i), { ...sbi(i), name: `Giver ${i}` })).status).toBe(
        201,
      );
    }
    const used = await server.client().post(link(0), { ...sbi(9), name: 'Again' });
    expect(used.status).toBe(409);
    expect((await server.client().get(link(0))).status).toBe(409);

    const closed = await ana.client.post(`/api/feedback/requests/${created.id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.answers).toHaveLength(3);
    for (const answer of closed.body.answers) {
      expect(answer).toMatchObject({
        anonymous: false,
        via: 'link',
        answeredAt: expect.any(String),
      });
    }
    expect(closed.body.answers.map((a: any) => a.giverName).sort()).toEqual([
      'Giver 0',
      'Giver 1',
      'Giver 2',
    ]);
  });

  it('shows nothing about anonymous answers before closing: no count, no order, no time', async () => {
    const { ana, bea, cai, dan, eve } = await colleagues('bea', 'cai', 'dan', 'eve');
    const created = await ask(
      ana.client,
      [bea, cai, dan, eve].map((p) => ({ userId: p.user.id })),
    );
    const detail = async () => (await ana.client.get(`/api/feedback/requests/${created.id}`)).body;
    const list = async () => (await ana.client.get('/api/feedback/requests')).body;
    const before = { detail: await detail(), list: await list() };
    expect(before.detail).toMatchObject({ recipientCount: 4, answerCount: 0, answers: [] });

    for (const [i, giver] of [bea, cai, dan].entries()) {
      expect((await answerAs(giver, created.id, anonymous(i))).status).toBe(201);
      // Exactly what the requester saw before any answer: nothing tells them one came.
      expect({ detail: await detail(), list: await list() }).toEqual(before);
    }
    // Each colleague sees only their own answered state.
    expect((await bea.client.get('/api/feedback/asked-of-me')).body.items[0].answered).toBe(true);
    expect((await eve.client.get('/api/feedback/asked-of-me')).body.items[0].answered).toBe(false);
    const stored = await server.database.db
      .selectFrom('feedbackAnswers')
      .selectAll()
      .where('requestId', '=', created.id)
      .execute();
    expect(stored).toHaveLength(3);
    for (const row of stored) {
      expect(row).toMatchObject({ giverId: null, giverName: null, answeredAt: null });
      expect(row.id).not.toMatch(ULID);
    }

    // Only the requester closes it; anyone else finds nothing.
    for (const someone of [bea, eve]) {
      expect((await someone.client.post(`/api/feedback/requests/${created.id}/close`)).status).toBe(
        404,
      );
    }
    const closed = await ana.client.post(`/api/feedback/requests/${created.id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.closedAt).toEqual(expect.any(String));
    expect(closed.body).toMatchObject({ answerCount: 3, recipientCount: 4 });
    for (const answer of closed.body.answers) {
      expect(answer).toMatchObject({
        anonymous: true,
        giverName: null,
        via: null,
        answeredAt: null,
      });
    }
    expect(closed.body.answers.map((a: any) => a.situation).sort()).toEqual(
      [0, 1, 2].map((i) => `In the retro ${i}`),
    );
    // Closing again changes nothing; answering after it is refused.
    const twice = await ana.client.post(`/api/feedback/requests/${created.id}/close`);
    expect(twice.body).toEqual(closed.body);
    const late = await answerAs(eve, created.id, anonymous(3));
    expect(late.status).toBe(410);
    expect(late.body.error.code).toBe('request_closed');
    expect((await eve.client.get('/api/feedback/asked-of-me')).body.items[0]).toMatchObject({
      closed: true,
      answered: false,
    });
  });

  it('orders anonymous answers the same whatever order they arrived in', async () => {
    const people = await colleagues('bea', 'cai', 'dan');
    const { ana } = people;
    const givers = [people.bea, people.cai, people.dan];
    const texts = ['Monday standup', 'The offsite', 'Code review'];
    const recipients = givers.map((p) => ({ userId: p.user.id }));
    const shownOrder = async (arrival: number[]) => {
      const created = await ask(ana.client, recipients);
      for (const i of arrival)
        expect((await answerAs(givers[i]!, created.id, anonymous(texts[i]!))).status).toBe(201);
      const closed = (await ana.client.post(`/api/feedback/requests/${created.id}/close`)).body;
      const again = (await ana.client.get(`/api/feedback/requests/${created.id}`)).body;
      expect(again.answers).toEqual(closed.answers);
      return closed.answers.map((a: any) => a.situation);
    };
    const first = await shownOrder([0, 1, 2]);
    expect(await shownOrder([2, 1, 0])).toEqual(first);
    expect(await shownOrder([1, 2, 0])).toEqual(first);
  });

  it('after closing with fewer than three anonymous answers, shows and counts none of them', async () => {
    const { ana, bea, cai, dan } = await colleagues('bea', 'cai', 'dan');
    const created = await ask(
      ana.client,
      [bea, cai, dan].map((p) => ({ userId: p.user.id })),
    );
    await answerAs(bea, created.id, anonymous(1));
    await answerAs(cai, created.id, anonymous(2));
    await answerAs(dan, created.id, named(3));
    const open = (await ana.client.get(`/api/feedback/requests/${created.id}`)).body;
    const closed = (await ana.client.post(`/api/feedback/requests/${created.id}/close`)).body;
    for (const view of [open, closed]) {
      expect(view).toMatchObject({ recipientCount: 3, answerCount: 1 });
      expect(view.answers.map((a: any) => a.giverName)).toEqual(['Dan']);
    }
    const held = await server.database.db
      .selectFrom('feedbackAnswers')
      .select('id')
      .where('requestId', '=', created.id)
      .where('giverName', 'is', null)
      .execute();
    expect(held).toHaveLength(2);
    for (const { id } of held) {
      const base = `/api/feedback/requests/${created.id}/answers/${id}`;
      expect((await ana.client.post(`${base}/learning-item`, {})).status).toBe(404);
      expect((await ana.client.post(`${base}/reality-assessment`, { level: 4 })).status).toBe(404);
    }
  });

  it('takes anonymous answers from colleagues only where the request allows them', async () => {
    const { ana, bea } = await colleagues('bea');
    const created = await ask(ana.client, [{ userId: bea.user.id }], false);
    expect((await bea.client.get(`/api/feedback/asked-of-me/${created.id}`)).body).toMatchObject({
      anonymousAllowed: false,
    });
    const refused = await answerAs(bea, created.id, anonymous(1));
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('anonymous_not_allowed');
    expect((await answerAs(bea, created.id, named(1))).status).toBe(201);
  });

  it('keeps a request to its requester, refuses strangers as recipients, and closes when its date passes', async () => {
    const { ana, bea } = await colleagues('bea');
    const stranger = await signedInClient(server, 'Dan');
    const refused = await ana.client.post('/api/feedback/requests', {
      question: 'How am I doing?',
      anonymousAllowed: true,
      recipients: [{ userId: stranger.user.id }],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('unknown_recipient');
    expect(
      (
        await ana.client.post('/api/feedback/requests', {
          question: 'Me?',
          anonymousAllowed: true,
          recipients: [{ userId: ana.user.id }],
        })
      ).body.error.code,
    ).toBe('unknown_recipient');
    for (const bad of [
      { question: '', anonymousAllowed: true, recipients: [{ email: 'x@example.org' }] },
      { question: 'q', anonymousAllowed: true, recipients: [] },
      { question: 'q', recipients: [{ email: 'x@example.org' }] },
      { question: 'q', anonymousAllowed: true, recipients: [{ email: 'not-an-email' }] },
      { question: 'x'.repeat(1001), anonymousAllowed: true, recipients: [{ email: 'x@e.org' }] },
    ]) {
      expect((await ana.client.post('/api/feedback/requests', bad)).status).toBe(400);
    }
    const created = await ask(ana.client, [{ userId: bea.user.id }, { email: 'x@example.org' }]);
    expect((await bea.client.get(`/api/feedback/requests/${created.id}`)).status).toBe(404);
    expect((await bea.client.get('/api/feedback/requests')).body.items).toEqual([]);
    expect((await bea.client.post(`/api/feedback/requests/${created.id}/close`)).status).toBe(404);
    await server.database.db
      .updateTable('feedbackRequests')
      .set({ expiresAt: '2000-01-01T00:00:00.000Z' })
      .where('id', '=', created.id)
      .execute();
    expect((await answerAs(bea, created.id, named(1))).status).toBe(410);
    const link = `/api/feedback/answers/${created.links[0]!.token}`;
    expect((await server.client().post(link, { ...sbi(1), name: 'X' })).status).toBe(410);
    expect((await server.client().get(link)).status).toBe(410);
    expect((await ana.client.get(`/api/feedback/requests/${created.id}`)).body.closedAt).toBe(
      '2000-01-01T00:00:00.000Z',
    );
    const nope = '/api/feedback/answers/nope';
    expect((await server.client().post(nope, { ...sbi(1), name: 'X' })).status).toBe(404);
    expect((await server.client().post(link, { situation: '' })).status).toBe(400);
  });

  it('documents the ways of answering in the OpenAPI document', async () => {
    const { paths } = (await server.client().get('/api/openapi.json')).body;
    for (const [path, method] of [
      ['/api/feedback/asked-of-me', 'get'],
      ['/api/feedback/asked-of-me/{id}', 'get'],
      ['/api/feedback/requests/{id}/answers', 'post'],
      ['/api/feedback/requests/{id}/close', 'post'],
      ['/api/feedback/answers/{token}', 'post'],
    ]) {
      expect(paths[path!], path).toHaveProperty([method!]);
    }
    const link =
      paths['/api/feedback/answers/{token}'].post.requestBody.content['application/json'];
    expect(link.schema.properties).toHaveProperty('name');
  });

  it('pages the requests asked of me, newest first', async () => {
    const { ana, bea } = await colleagues('bea');
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) ids.push((await ask(ana.client, [{ userId: bea.user.id }])).id);
    const first = (await bea.client.get('/api/feedback/asked-of-me?limit=2')).body;
    expect(first.items.map((r: any) => r.id)).toEqual([ids[2], ids[1]]);
    const second = (
      await bea.client.get(`/api/feedback/asked-of-me?limit=2&cursor=${first.nextCursor}`)
    ).body;
    expect(second).toEqual({ items: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
    expect((await bea.client.get('/api/feedback/asked-of-me?limit=0')).status).toBe(400);
  });

  it('pages my requests and those asked of me by cursor, without gaps or repeats', async () => {
    const { ana, bea } = await colleagues('bea');
    for (let i = 0; i < 5; i += 1) await ask(ana.client, [{ userId: bea.user.id }]);
    const mine = await expectPagedLikeWhole(ana.client, '/api/feedback/requests', 2);
    expect(mine.map((r) => r.id)).toEqual(
      mine
        .map((r) => r.id)
        .sort()
        .reverse(),
    );
    await expectPagedLikeWhole(bea.client, '/api/feedback/asked-of-me', 2);
    expect((await ana.client.get('/api/feedback/requests?cursor=nope')).status).toBe(400);
  });

  it('lets only the requester close a request, and only the colleague asked see it asked of them', async () => {
    const m = await orgMatrix(server);
    const created = await ask(m.people.author.client, [{ userId: m.people.leader.user.id }]);
    expect(await m.statuses((c) => c.get(`/api/feedback/asked-of-me/${created.id}`))).toEqual(
      m.only(['leader']),
    );
    expect(
      await m.statuses((c) => c.post(`/api/feedback/requests/${created.id}/answers`, named(1))),
    ).toEqual(m.only(['leader'], 201));
    expect(await m.statuses((c) => c.post(`/api/feedback/requests/${created.id}/close`))).toEqual(
      m.only(['author'], 200),
    );
  });

  describe('feedback into growth', () => {
    async function answeredRequest() {
      const { ana, bea } = await colleagues('bea');
      const aspiration = await aspire(ana.client, 'Coach, not fix', 'career', 8);
      const created = await ask(ana.client, [{ userId: bea.user.id }], false, {
        question: 'How do I come across in 1:1s?',
        aspirationId: aspiration.id,
      });
      expect((await bea.client.get(`/api/feedback/asked-of-me/${created.id}`)).body).toMatchObject({
        aspirationTitle: 'Coach, not fix',
      });
      await answerAs(bea, created.id, named(1));
      const request = (await ana.client.get(`/api/feedback/requests/${created.id}`)).body;
      return { ana, bea, aspiration, requestId: created.id, answerId: request.answers[0].id };
    }

    it('turns an answer into a learning item of kind feedback, for the requester only', async () => {
      const { ana, bea, aspiration, requestId, answerId } = await answeredRequest();
      const path = `/api/feedback/requests/${requestId}/answers/${answerId}/learning-item`;
      const item = await ana.client.post(path, {});
      expect(item.status).toBe(201);
      expect(item.body).toMatchObject({
        kind: 'feedback',
        title: 'Feedback: How do I come across in 1:1s?',
        source: 'Bea',
        status: 'in_progress',
        aspirations: [{ id: aspiration.id, title: 'Coach, not fix' }],
        sessions: [],
      });
      expect(item.body.insights).toBe(
        '**Question:** How do I come across in 1:1s?\n\n**Situation:** In the retro 1\n\n' +
          '**Behavior:** You asked before advising\n\n**Impact:** People spoke up\n\n' +
          '**Suggestion:** Keep it',
      );
      expect((await ana.client.get(`/api/learning/${item.body.id}`)).body.kind).toBe('feedback');

      const chosen = await ana.client.post(path, {
        title: 'Listening',
        status: 'done',
        aspirationIds: [],
      });
      expect(chosen.body).toMatchObject({ title: 'Listening', status: 'done', aspirations: [] });

      const beas = (await aspire(bea.client, 'Hers', 'career', 5)).id;
      const notMine = await ana.client.post(path, { aspirationIds: [beas] });
      expect(notMine.status).toBe(400);
      expect(notMine.body.error.details.issues[0].path).toEqual(['aspirationIds', 0]);
      expect((await ana.client.post(path, { status: 'someday' })).status).toBe(400);

      // The giver, a stranger and nobody signed in: nothing there.
      expect((await bea.client.post(path, {})).status).toBe(404);
      const dan = await signedInClient(server, 'Dan');
      expect((await dan.client.post(path, {})).status).toBe(404);
      expect((await server.client().post(path, {})).status).toBe(401);
      expect(
        (
          await ana.client.post(
            `/api/feedback/requests/${requestId}/answers/nope/learning-item`,
            {},
          )
        ).status,
      ).toBe(404);
      const learning = (await bea.client.get('/api/learning')).body.items;
      expect(learning).toEqual([]);
    });

    it('records a reality assessment with the answer as evidence, on my own aspirations only', async () => {
      const { ana, bea, aspiration, requestId, answerId } = await answeredRequest();
      const path = `/api/feedback/requests/${requestId}/answers/${answerId}/reality-assessment`;
      const assessed = await ana.client.post(path, { level: 6 });
      expect(assessed.status).toBe(201);
      expect(assessed.body).toMatchObject({
        aspirationId: aspiration.id,
        assessment: {
          level: 6,
          evidence:
            'Feedback from Bea:\nSituation: In the retro 1\nBehavior: You asked before advising\n' +
            'Impact: People spoke up',
        },
      });
      const detail = (await ana.client.get(`/api/aspirations/${aspiration.id}`)).body;
      expect(detail.assessments[0]).toMatchObject({ id: assessed.body.assessment.id, level: 6 });

      const other = (await aspire(ana.client, 'Run a marathon', 'health', 9)).id;
      expect(
        (await ana.client.post(path, { level: 3, aspirationId: other })).body.aspirationId,
      ).toBe(other);
      const beas = (await aspire(bea.client, 'Hers', 'career', 5)).id;
      for (const body of [
        { level: 3, aspirationId: beas },
        { level: 3, aspirationId: 'nope' },
        { level: 11 },
        { level: 3, at: '2999-01-01T00:00:00Z' },
        {},
      ]) {
        expect((await ana.client.post(path, body)).status, JSON.stringify(body)).toBe(400);
      }
      const herAssessments = (await bea.client.get(`/api/aspirations/${beas}`)).body.assessments;
      expect(herAssessments).toEqual([]);
      expect((await bea.client.post(path, { level: 3, aspirationId: beas })).status).toBe(404);

      // A request about no aspiration needs one chosen.
      const plain = await ask(ana.client, [{ email: 'mentor@example.org' }], false);
      await server
        .client()
        .post(`/api/feedback/answers/${plain.links[0]!.token}`, { ...sbi(2), name: 'Mo' });
      const plainAnswer = (await ana.client.get(`/api/feedback/requests/${plain.id}`)).body
        .answers[0].id;
      const unaimed = await ana.client.post(
        `/api/feedback/requests/${plain.id}/answers/${plainAnswer}/reality-assessment`,
        { level: 5 },
      );
      expect(unaimed.status).toBe(400);
      expect(unaimed.body.error.details.issues[0].path).toEqual(['aspirationId']);
      // An answer of one request is not reached through another.
      expect(
        (
          await ana.client.post(
            `/api/feedback/requests/${requestId}/answers/${plainAnswer}/reality-assessment`,
            { level: 5 },
          )
        ).status,
      ).toBe(404);
    });

    it('lets only the requester use an answer, whatever anyone’s role in the organization', async () => {
      const m = await orgMatrix(server);
      const author = m.people.author.client;
      const aspirationId = (await aspire(author, 'Listen more', 'career', 8)).id;
      const recipients = [m.people.leader, m.people.admin].map((p) => ({ userId: p.user.id }));
      const created = await ask(author, recipients, false, {
        question: 'How do I run meetings?',
        aspirationId,
      });
      for (const [index, who] of (['leader', 'admin'] as const).entries()) {
        await answerAs(m.people[who], created.id, named(index));
      }
      const { answers } = (await author.get(`/api/feedback/requests/${created.id}`)).body;
      expect(answers).toHaveLength(2);
      for (const answer of answers) {
        const base = `/api/feedback/requests/${created.id}/answers/${answer.id}`;
        expect(await m.statuses((c) => c.post(`${base}/learning-item`, {}))).toEqual(
          m.only(['author'], 201),
        );
        expect(await m.statuses((c) => c.post(`${base}/reality-assessment`, { level: 5 }))).toEqual(
          m.only(['author'], 201),
        );
      }
      expect(await m.statuses((c) => c.get(`/api/feedback/requests/${created.id}`))).toEqual(
        m.only(['author']),
      );
      expect((await m.people.leader.client.get('/api/learning')).body.items).toEqual([]);
      expect((await author.get('/api/learning')).body.items).toHaveLength(2);
    });

    it('uses anonymous answers only once they are shown, and then as from "Anonymous"', async () => {
      const { ana, bea, cai, dan } = await colleagues('bea', 'cai', 'dan');
      const aspiration = await aspire(ana.client, 'Speak up', 'career', 7);
      const recipients = [bea, cai, dan].map((p) => ({ userId: p.user.id }));
      const created = await ask(ana.client, recipients, true, { aspirationId: aspiration.id });
      for (const [i, giver] of [bea, cai, dan].entries())
        await answerAs(giver, created.id, anonymous(i));
      const held = await server.database.db
        .selectFrom('feedbackAnswers')
        .select('id')
        .where('requestId', '=', created.id)
        .execute();
      expect(held).toHaveLength(3);
      const base = `/api/feedback/requests/${created.id}/answers/${held[0]!.id}`;
      expect((await ana.client.post(`${base}/learning-item`, {})).status).toBe(404);
      expect((await ana.client.post(`${base}/reality-assessment`, { level: 4 })).status).toBe(404);
      expect((await ana.client.get('/api/learning')).body.items).toEqual([]);

      await ana.client.post(`/api/feedback/requests/${created.id}/close`);
      const item = await ana.client.post(`${base}/learning-item`, {});
      expect(item.status).toBe(201);
      expect(item.body.source).toBe('Anonymous');
      const assessed = await ana.client.post(`${base}/reality-assessment`, { level: 4 });
      expect(assessed.body.assessment.evidence).toMatch(/^Feedback from Anonymous:\n/);
    });
  });
});
