import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../../../test-support/databases';
import { openEventStream } from '../../../test-support/event-stream';
import { publishAfterCommit } from '../db/live-events';
import { signedInClient, startTestServer, type TestServer } from '../../../test-support/server';

/**
 * Two app instances on one database: what is raised through one reaches an event stream opened
 * on the other (PostgreSQL LISTEN/NOTIFY; on SQLite both instances share one process).
 */
describe.each(databaseKinds())('live events across two instances on %s', (kind) => {
  let database: TestDatabase;
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    a = await startTestServer(kind, { database });
    b = await startTestServer(kind, { database });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.destroy();
  });

  it('delivers an item raised on instance A to a stream opened on instance B, after commit', async () => {
    const asker = await signedInClient(a, 'Ana');
    const asked = await signedInClient(a, 'Bo');
    const orgId = (await asker.client.post('/api/orgs', { name: 'Lab' })).body.id;
    const invite = await asker.client.post(`/api/orgs/${orgId}/invitations`, {
      email: asked.person.email,
    });
    await asked.client.post(`/api/invitations/${invite.body.token}/accept`);

    // Bo's session, used on instance B.
    const onB = b.client();
    onB.setCookie('praxis_session', asked.client.cookie('praxis_session')!);
    const stream = await openEventStream(onB);
    await stream.listening();

    const latencies: number[] = [];
    for (let n = 0; n < 5; n += 1) {
      const sent = performance.now();
      const created = await asker.client.post('/api/feedback/requests', {
        question: 'What should I keep doing?',
        anonymousAllowed: true,
        recipients: [{ userId: asked.user.id }],
      });
      expect(created.status).toBe(201);
      const event = await stream.next((e) => e.type === 'inbox');
      latencies.push(event.receivedAt - sent);
      // The item is readable on B when its event arrives: published after commit.
      const items = (await onB.get('/api/inbox?unread=true')).body.items;
      expect(items.map((i: { id: string }) => i.id)).toContain(event.id);
    }
    stream.close();
    latencies.sort((x, y) => x - y);
    process.stdout.write(
      `[live ${kind}] raise on A → event on B: median ${latencies[2]!.toFixed(1)} ms, max ${latencies[4]!.toFixed(1)} ms (includes the HTTP request)\n`,
    );
  });

  it('publishes at commit, and nothing when the transaction rolls back', async () => {
    const person = await signedInClient(b, 'Cy');
    const stream = await openEventStream(person.client);
    await stream.listening();
    const to = [person.user.id];
    await database.db
      .transaction()
      .execute(async (trx) => {
        await publishAfterCommit(trx, { to, event: { type: 'inbox', id: 'rolled-back' } });
        throw new Error('changed my mind');
      })
      .catch(() => {});
    await database.db.transaction().execute(async (trx) => {
      await publishAfterCommit(trx, { to, event: { type: 'inbox', id: 'committed' } });
    });
    expect(await stream.next()).toMatchObject({ id: 'committed' });
    expect(stream.events.map((e) => e.id)).toEqual(['committed']);
    stream.close();
  });
});
