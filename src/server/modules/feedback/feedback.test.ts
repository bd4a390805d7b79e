import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
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
});
