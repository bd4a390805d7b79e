import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test-support/databases';
import { signedInClient, startTestServer, type TestServer } from '../../../test-support/server';
import { randomSecret } from '../lib/secrets';

describe.each(databaseKinds())('the logs of a full run on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    // The most talkative level, so that nothing is hidden by the level alone.
    server = await startTestServer(kind, { env: { logLevel: 'trace' } });
  });
  afterAll(() => server.close());

  it('never hold a capability token: feedback links, invitations, access tokens', async () => {
    const ana = await signedInClient(server, 'Ana');
    const bea = await signedInClient(server, 'Bea');
    const secrets: string[] = [];

    const orgId = (await ana.client.post('/api/orgs', { name: 'Lab' })).body.id;
    const invitation = await ana.client.post(`/api/orgs/${orgId}/invitations`, {
      email: bea.person.email,
    });
    expect(invitation.status).toBe(201);
    const invite: string = invitation.body.token;
    secrets.push(invite);
    expect((await fetch(`${server.baseUrl}/invitations/${invite}`)).status).toBeLessThan(500);
    expect((await bea.client.get(`/api/invitations/${invite}`)).status).toBe(200);
    expect((await bea.client.post(`/api/invitations/${invite}/accept`)).status).toBe(200);
    // A used link, asked again, is logged without its token too.
    expect((await bea.client.post(`/api/invitations/${invite}/accept`)).status).toBeGreaterThan(
      399,
    );

    const request = await ana.client.post('/api/feedback/requests', {
      question: 'How do I come across in 1:1s?',
      anonymousAllowed: false,
      recipients: [
        { userId: bea.user.id },
        { email: 'mentor@example.org' },
        { email: 'peer@example.org' },
      ],
    });
    expect(request.status).toBe(201);
    const links: { token: string; url: string }[] = request.body.links;
    expect(links).toHaveLength(2);
    for (const link of links) {
      secrets.push(link.token);
      const page = new URL(link.url).pathname;
      expect((await fetch(`${server.baseUrl}${page}?ref=mail`)).status).toBeLessThan(500);
      expect((await server.client().get(`/api/feedback/answers/${link.token}`)).status).toBe(200);
    }
    const answered = await server.client().post(`/api/feedback/answers/${links[1]!.token}`, {
      situation: 'In the retro',
      behavior: 'You asked before advising',
      impact: 'People spoke up',
      suggestion: 'Keep it',
      name: 'Mo Mentor',
      anonymous: false,
    });
    expect(answered.status).toBeLessThan(300);
    const guessed = randomSecret(32);
    secrets.push(guessed);
    expect((await server.client().get(`/api/feedback/answers/${guessed}`)).status).toBe(404);

    const { token } = (await ana.client.post('/api/tokens', { name: 'script' })).body;
    secrets.push(token);
    const script = server.client();
    script.bearer = token;
    expect((await script.get('/api/me')).status).toBe(200);
    expect((await script.get('/api/tokens')).status).toBe(403);

    const logged = JSON.stringify(server.logs);
    expect(server.logs.length).toBeGreaterThan(40);
    expect(logged).toContain('/api/invitations/:token/accept');
    expect(logged).toContain('/api/feedback/answers/:token');
    expect(logged).toContain('/feedback/:token');
    expect(logged).toContain('/invitations/:token');
    for (const secret of secrets) {
      expect(logged).not.toContain(secret);
      // Nor a long piece of one.
      expect(logged).not.toContain(secret.slice(4, 24));
    }
  });
});
