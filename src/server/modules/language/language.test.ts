import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';
import { DEFAULT_CRISIS_RESOURCES } from '../../../contracts/language';

const RISK = 'honestly everyone would be better off without me';
const CALM = 'This deadline is killing me, and my grandmother died last year.';
const RESOURCES = 'Call **0800 111 111** (free, day and night).';

describe.each(databaseKinds())('language and the safety net on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { env: { crisisResources: RESOURCES } });
  });
  afterAll(() => server.close());

  it('answers findings with why, and support only for a first-person wish to die', async () => {
    const { client } = await signedInClient(server);
    const risk = await client.post('/api/language/limiting', { text: RISK });
    expect(risk.status).toBe(200);
    expect(risk.body.support).toBe(true);
    const calm = await client.post('/api/language/limiting', { text: CALM });
    expect(calm.body).toEqual({ findings: [], support: false });
    const found = await client.post('/api/language/limiting', { text: "i'm always so forgetful" });
    expect(found.body.findings).toEqual([
      expect.objectContaining({
        kind: 'overgeneralization',
        why: expect.stringContaining('Always'),
      }),
    ]);
  });

  it('answers support for risk said only by hint, and not for a friend’s story', async () => {
    const { client } = await signedInClient(server);
    const hinted = await client.post('/api/language/limiting', {
      text: 'Long shift. Kept the sleeping tablets back again this week. I know what they are for.',
    });
    expect(hinted.body.support).toBe(true);
    const story = await client.post('/api/language/limiting', {
      text: 'My best friend told me she has been having suicidal thoughts, so I drove her to the clinic.',
    });
    expect(story.body.support).toBe(false);
    // Words no rule holds, noticed by the reader trained on the corpus (held-out 2).
    const unseen = await client.post('/api/language/limiting', {
      text: 'If I went to sleep tonight and just didn’t come back, that’d suit me fine.',
    });
    expect(unseen.body.support).toBe(true);
    const idiom = await client.post('/api/language/limiting', {
      text: 'We need to kill the feature before launch, this deadline is killing me.',
    });
    expect(idiom.body.support).toBe(false);
  });

  it('carries support on reflection and reaction answers, computed and never stored or logged', async () => {
    const { client } = await signedInClient(server);
    const reflection = await client.post('/api/reflections', { kind: 'free', body: RISK });
    expect(reflection.status).toBe(201);
    expect(reflection.body.support).toBe(true);
    const changed = await client.patch(`/api/reflections/${reflection.body.id}`, { body: CALM });
    expect(changed.body.support).toBe(false);
    const reaction = await client.post('/api/reactions', {
      trigger: 'Another rejection email',
      intensity: 9,
      automaticReaction: 'I want it all to stop for good',
    });
    expect(reaction.status).toBe(201);
    expect(reaction.body.support).toBe(true);
    const updated = await client.patch(`/api/reactions/${reaction.body.id}`, {
      automaticReaction: 'Went for a walk',
    });
    expect(updated.body.support).toBe(false);
    const logged = JSON.stringify(server.logs);
    expect(logged).not.toContain('better off');
    expect(logged).not.toMatch(/"support"/);
  });

  it('tells where help is: the operator’s crisis resources, to signed-in people only', async () => {
    const { client } = await signedInClient(server);
    const response = await client.get('/api/language/crisis-resources');
    expect(response.body).toEqual({ text: RESOURCES, configured: true, source: 'operator' });
    expect((await server.client().get('/api/language/crisis-resources')).status).toBe(401);
  });

  it('shows an organization’s own crisis resources to its members, set by its admins only', async () => {
    const admin = await signedInClient(server, 'Ada');
    const org = await admin.client.post('/api/orgs', { name: 'Harbour clinic' });
    const member = await signedInClient(server, 'Mo');
    const invited = await admin.client.post(`/api/orgs/${org.body.id}/invitations`, {
      email: member.person.email,
      role: 'member',
    });
    expect((await member.client.post(`/api/invitations/${invited.body.token}/accept`)).status).toBe(
      200,
    );
    const url = `/api/orgs/${org.body.id}/crisis-resources`;
    expect((await member.client.get(url)).body).toEqual({ text: null });

    const own = '- Harbour line: **0800 222 333**\n- <b>[Chat](javascript:void 0)</b>';
    const set = await admin.client.put(url, { text: own });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ text: '- Harbour line: **0800 222 333**\n- [Chat](#)' });
    expect((await member.client.get('/api/language/crisis-resources')).body).toEqual({
      text: set.body.text,
      configured: true,
      source: 'organization',
    });
    // Someone outside the organization sees the operator's, and cannot read or set the org's.
    const outsider = await signedInClient(server, 'Zed');
    expect((await outsider.client.get('/api/language/crisis-resources')).body.source).toBe(
      'operator',
    );
    expect((await outsider.client.get(url)).status).toBe(404);
    expect((await member.client.put(url, { text: 'x' })).status).toBe(403);
    expect((await admin.client.put(url, { text: 'x'.repeat(4_001) })).status).toBe(400);

    // Empty: the organization uses the deployment's again.
    expect((await admin.client.put(url, { text: '  <br>  ' })).body).toEqual({ text: null });
    expect((await member.client.get('/api/language/crisis-resources')).body.source).toBe(
      'operator',
    );
  });
});

describe('the default crisis resources', () => {
  it('say how to find local emergency numbers and that crisis lines exist', () => {
    expect(DEFAULT_CRISIS_RESOURCES).toMatch(/emergency number/);
    expect(DEFAULT_CRISIS_RESOURCES).toMatch(/crisis line/);
  });
});
