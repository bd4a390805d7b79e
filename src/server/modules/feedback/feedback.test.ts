import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { orgMatrix } from '../../../../test-support/org-matrix';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';

const sbi = (n: number) => ({
  situation: `In the retro ${n}`,
  behavior: 'You asked before advising',
  impact: 'People spoke up',
  suggestion: 'Keep it',
  anonymous: true,
});

describe.each(databaseKinds())('feedback on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  async function colleagues() {
    const ana = await signedInClient(server, 'Ana');
    const bea = await signedInClient(server, 'Bea');
    const orgId = (await ana.client.post('/api/orgs', { name: 'Lab' })).body.id;
    const { token } = (
      await ana.client.post(`/api/orgs/${orgId}/invitations`, { email: bea.person.email })
    ).body;
    await bea.client.post(`/api/invitations/${token}/accept`);
    return { ana, bea };
  }

  it('asks colleagues and outsiders through single-use links that need no sign-in', async () => {
    const { ana, bea } = await colleagues();
    const aspiration = (
      await ana.client.post('/api/aspirations', {
        title: 'Coach, not fix',
        domain: 'career',
        vision: 'Ask first.',
        visionLevel: 8,
      })
    ).body;
    const created = await ana.client.post('/api/feedback/requests', {
      question: 'How do I come across in 1:1s?',
      aspirationId: aspiration.id,
      anonymousAllowed: false,
      recipients: [{ userId: bea.user.id }, { email: 'mentor@example.org' }],
    });
    expect(created.status).toBe(201);
    expect(created.body.links).toHaveLength(2);
    expect(created.body.links[1]).toMatchObject({
      recipient: { email: 'mentor@example.org' },
      url: expect.stringContaining('/feedback/'),
    });
    const [beaLink, mentorLink] = created.body.links;

    const outsider = server.client();
    expect((await outsider.get(`/api/feedback/answers/${mentorLink.token}`)).body).toMatchObject({
      question: 'How do I come across in 1:1s?',
      requesterName: 'Ana',
      aspirationTitle: 'Coach, not fix',
      anonymousAllowed: false,
    });
    const anonymousRefused = await outsider.post(
      `/api/feedback/answers/${mentorLink.token}`,
      sbi(1),
    );
    expect(anonymousRefused.status).toBe(400);
    expect(anonymousRefused.body.error.code).toBe('anonymous_not_allowed');
    expect(
      (
        await outsider.post(`/api/feedback/answers/${mentorLink.token}`, {
          ...sbi(1),
          anonymous: false,
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await outsider.post(`/api/feedback/answers/${mentorLink.token}`, {
          ...sbi(2),
          anonymous: false,
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await bea.client.post(`/api/feedback/answers/${beaLink.token}`, {
          ...sbi(3),
          anonymous: false,
        })
      ).status,
    ).toBe(201);

    const request = await ana.client.get(`/api/feedback/requests/${created.body.id}`);
    expect(request.body).toMatchObject({
      recipientCount: 2,
      answerCount: 2,
      anonymousWaiting: 0,
      aspiration: { title: 'Coach, not fix' },
    });
    expect(request.body.answers.map((a: any) => a.giverName).sort()).toEqual([
      'Bea',
      'mentor@example.org',
    ]);
    expect(request.body.answers.every((a: any) => a.answeredAt !== null)).toBe(true);
  });

  it('shows anonymous answers only once three have arrived, with no giver and no time', async () => {
    const { ana } = await colleagues();
    const emails = ['a', 'b', 'c', 'd'].map((x) => ({ email: `${x}@example.org` }));
    const created = (
      await ana.client.post('/api/feedback/requests', {
        question: 'What should I stop doing?',
        anonymousAllowed: true,
        recipients: emails,
      })
    ).body;
    const answer = (i: number) =>
      server.client().post(`/api/feedback/answers/${created.links[i].token}`, sbi(i));
    await answer(0);
    await answer(1);
    const two = (await ana.client.get(`/api/feedback/requests/${created.id}`)).body;
    expect(two).toMatchObject({ answerCount: 2, anonymousWaiting: 2, answers: [] });
    await answer(2);
    const three = (await ana.client.get(`/api/feedback/requests/${created.id}`)).body;
    expect(three.anonymousWaiting).toBe(0);
    expect(three.answers).toHaveLength(3);
    for (const a of three.answers) {
      expect(a).toMatchObject({ anonymous: true, giverName: null, answeredAt: null });
      expect(a.id).not.toMatch(/^[0-9A-Z]{26}$/);
    }
    const rows = await server.database.db
      .selectFrom('feedbackAnswers')
      .selectAll()
      .where('requestId', '=', created.id)
      .execute();
    expect(rows.every((r) => r.giverName === null && r.answeredAt === null)).toBe(true);
  });

  it('keeps a request to its requester, refuses strangers as recipients, and closes when expired', async () => {
    const { ana, bea } = await colleagues();
    const stranger = await signedInClient(server, 'Dan');
    const refused = await ana.client.post('/api/feedback/requests', {
      question: 'How am I doing?',
      anonymousAllowed: true,
      recipients: [{ userId: stranger.user.id }],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('unknown_recipient');
    for (const bad of [
      { question: '', anonymousAllowed: true, recipients: [{ email: 'x@example.org' }] },
      { question: 'q', anonymousAllowed: true, recipients: [] },
      { question: 'q', recipients: [{ email: 'x@example.org' }] },
      { question: 'q', anonymousAllowed: true, recipients: [{ email: 'not-an-email' }] },
    ]) {
      expect((await ana.client.post('/api/feedback/requests', bad)).status).toBe(400);
    }
    const created = (
      await ana.client.post('/api/feedback/requests', {
        question: 'How am I doing?',
        anonymousAllowed: true,
        recipients: [{ userId: bea.user.id }],
      })
    ).body;
    expect((await bea.client.get(`/api/feedback/requests/${created.id}`)).status).toBe(404);
    expect((await bea.client.get('/api/feedback/requests')).body.items).toEqual([]);
    await server.database.db
      .updateTable('feedbackRequests')
      .set({ expiresAt: '2000-01-01T00:00:00.000Z' })
      .where('id', '=', created.id)
      .execute();
    const late = await bea.client.post(`/api/feedback/answers/${created.links[0].token}`, sbi(1));
    expect(late.status).toBe(410);
    expect((await server.client().post('/api/feedback/answers/nope', sbi(1))).status).toBe(404);
    expect(
      (
        await server
          .client()
          .post(`/api/feedback/answers/${created.links[0].token}`, { situation: '' })
      ).status,
    ).toBe(400);
  });

  describe('feedback into growth', () => {
    async function answeredRequest() {
      const { ana, bea } = await colleagues();
      const aspiration = (
        await ana.client.post('/api/aspirations', {
          title: 'Coach, not fix',
          domain: 'career',
          vision: 'Ask first.',
          visionLevel: 8,
        })
      ).body;
      const created = (
        await ana.client.post('/api/feedback/requests', {
          question: 'How do I come across in 1:1s?',
          aspirationId: aspiration.id,
          anonymousAllowed: false,
          recipients: [{ userId: bea.user.id }],
        })
      ).body;
      await bea.client.post(`/api/feedback/answers/${created.links[0].token}`, {
        ...sbi(1),
        anonymous: false,
      });
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

      const beas = (
        await bea.client.post('/api/aspirations', {
          title: 'Hers',
          domain: 'career',
          vision: 'v',
          visionLevel: 5,
        })
      ).body.id;
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

      const other = (
        await ana.client.post('/api/aspirations', {
          title: 'Run a marathon',
          domain: 'health',
          vision: 'v',
          visionLevel: 9,
        })
      ).body.id;
      expect(
        (await ana.client.post(path, { level: 3, aspirationId: other })).body.aspirationId,
      ).toBe(other);
      const beas = (
        await bea.client.post('/api/aspirations', {
          title: 'Hers',
          domain: 'career',
          vision: 'v',
          visionLevel: 5,
        })
      ).body.id;
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
      const plain = (
        await ana.client.post('/api/feedback/requests', {
          question: 'Anything?',
          anonymousAllowed: false,
          recipients: [{ email: 'mentor@example.org' }],
        })
      ).body;
      await server
        .client()
        .post(`/api/feedback/answers/${plain.links[0].token}`, { ...sbi(2), anonymous: false });
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
      const aspirationId = (
        await author.post('/api/aspirations', {
          title: 'Listen more',
          domain: 'career',
          vision: 'v',
          visionLevel: 8,
        })
      ).body.id;
      const created = (
        await author.post('/api/feedback/requests', {
          question: 'How do I run meetings?',
          aspirationId,
          anonymousAllowed: false,
          recipients: [{ userId: m.people.leader.user.id }, { userId: m.people.admin.user.id }],
        })
      ).body;
      for (const [index, who] of (['leader', 'admin'] as const).entries()) {
        await m.people[who].client.post(`/api/feedback/answers/${created.links[index].token}`, {
          ...sbi(index),
          anonymous: false,
        });
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

    it('cannot use anonymous answers that are still held back', async () => {
      const { ana } = await colleagues();
      const aspiration = (
        await ana.client.post('/api/aspirations', {
          title: 'Speak up',
          domain: 'career',
          vision: 'v',
          visionLevel: 7,
        })
      ).body;
      const created = (
        await ana.client.post('/api/feedback/requests', {
          question: 'What should I stop doing?',
          aspirationId: aspiration.id,
          anonymousAllowed: true,
          recipients: ['a', 'b', 'c'].map((x) => ({ email: `${x}@example.org` })),
        })
      ).body;
      const answer = (i: number) =>
        server.client().post(`/api/feedback/answers/${created.links[i].token}`, sbi(i));
      await answer(0);
      await answer(1);
      const held = await server.database.db
        .selectFrom('feedbackAnswers')
        .select('id')
        .where('requestId', '=', created.id)
        .execute();
      expect(held).toHaveLength(2);
      for (const { id } of held) {
        const base = `/api/feedback/requests/${created.id}/answers/${id}`;
        expect((await ana.client.post(`${base}/learning-item`, {})).status).toBe(404);
        expect((await ana.client.post(`${base}/reality-assessment`, { level: 4 })).status).toBe(
          404,
        );
      }
      expect((await ana.client.get('/api/learning')).body.items).toEqual([]);

      await answer(2);
      const base = `/api/feedback/requests/${created.id}/answers/${held[0]!.id}`;
      const item = await ana.client.post(`${base}/learning-item`, {});
      expect(item.status).toBe(201);
      expect(item.body.source).toBe('Anonymous');
      const assessed = await ana.client.post(`${base}/reality-assessment`, { level: 4 });
      expect(assessed.body.assessment.evidence).toMatch(/^Feedback from Anonymous:\n/);
    });
  });
});
