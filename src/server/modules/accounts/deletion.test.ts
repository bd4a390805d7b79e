import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import {
  newPerson,
  signedInClient,
  startTestServer,
  type TestServer,
} from '../../../../test-support/server';
import { localDate } from '../../../core/calendar';

/** Letters no other text in the test holds, so finding them anywhere means the person's text. */
const MARKER = 'qzxvmarkerwq';

/** Every file of a SQLite database, and whether the marker is in its bytes. */
function markerOnDisk(file: string): string[] {
  return [file, `${file}-wal`, `${file}-shm`].filter(
    (f) => existsSync(f) && readFileSync(f).includes(MARKER),
  );
}

describe.each(databaseKinds())('deleting an account on %s', (kind) => {
  let server: TestServer;
  afterEach(() => server.close());

  it('leaves none of the person’s text behind, and nothing addressed to them', async () => {
    server = await startTestServer(kind);
    const db = server.database.db;

    // Bea, who stays: an organization, an invitation to a second one, a share and feedback asks.
    const bea = await signedInClient(server, 'Bea');
    const org = (await bea.client.post('/api/orgs', { name: 'Lab' })).body.id;
    const other = (await bea.client.post('/api/orgs', { name: 'Elsewhere' })).body.id;

    // The person who leaves, with the marker in everything they write, and in their browser.
    const person = { ...newPerson(MARKER), email: `${MARKER}@example.com`, name: `Ana ${MARKER}` };
    const ana = server.client();
    const headers = { 'user-agent': `Browser ${MARKER}` };
    expect((await ana.post('/api/auth/register', person, { headers })).status).toBe(201);
    await ana.fetchCsrf();
    const anaId = (await ana.get('/api/me')).body.id as string;

    const joined = await bea.client.post(`/api/orgs/${org}/invitations`, { email: person.email });
    expect((await ana.post(`/api/invitations/${joined.body.token}/accept`)).status).toBe(200);
    const pending = await bea.client.post(`/api/orgs/${other}/invitations`, {
      email: person.email,
    });
    expect(pending.status).toBe(201);

    const text = (what: string) => `${what} ${MARKER} ${what}`;
    const made = async (response: Promise<{ status: number; body: any }>) => {
      const { status, body } = await response;
      expect(status, JSON.stringify(body)).toBeLessThan(300);
      return body;
    };
    await made(ana.put('/api/purpose', { text: text('purpose') }));
    const value = await made(
      ana.post('/api/values', { name: text('value'), description: text('d') }),
    );
    const aspiration = await made(
      ana.post('/api/aspirations', {
        title: text('title'),
        domain: 'career',
        vision: text('vision'),
        visionLevel: 8,
      }),
    );
    await made(ana.post(`/api/aspirations/${aspiration.id}/steps`, { text: text('step') }));
    await made(
      ana.post(`/api/aspirations/${aspiration.id}/assessments`, { level: 3, evidence: text('ev') }),
    );
    await made(
      ana.post('/api/reflections', {
        kind: 'free',
        title: text('reflection'),
        body: text('body of a reflection'),
        tags: [MARKER],
      }),
    );
    const practice = await made(
      ana.post('/api/practices', { name: text('practice'), schedule: { type: 'daily' } }),
    );
    await made(
      ana.put(`/api/practices/${practice.id}/checkins/${localDate(Date.now(), 'UTC')}`, {
        status: 'done',
        note: text('note'),
      }),
    );
    const item = await made(ana.post('/api/learning', { kind: 'book', title: text('book') }));
    await made(
      ana.post(`/api/learning/${item.id}/sessions`, {
        date: localDate(Date.now(), 'UTC'),
        hours: 1,
        note: text('session'),
      }),
    );
    await made(ana.post('/api/reactions', { trigger: text('trigger'), intensity: 5 }));
    await made(ana.post('/api/beliefs', { statement: text('I can'), kind: 'empowering' }));
    await made(ana.post('/api/tokens', { name: text('token') }));
    const space = await made(
      ana.post('/api/one-on-ones', { orgId: org, colleagueId: bea.user.id, title: text('1:1') }),
    );
    await made(ana.post(`/api/one-on-ones/${space.id}/notes`, { body: text('1:1 note') }));
    expect(value.id).toBeTruthy();

    // Bea shares with Ana, Ana reads it (Bea's access log names her), Bea asks Ana for feedback.
    const shared = await made(
      bea.client.post('/api/aspirations', {
        title: 'Shared with Ana',
        domain: 'career',
        vision: 'A picture.',
        visionLevel: 7,
      }),
    );
    await made(
      bea.client.post('/api/shares', {
        itemType: 'aspiration',
        itemId: shared.id,
        with: { userId: anaId },
      }),
    );
    await made(ana.get(`/api/shared/aspiration/${shared.id}`));
    await made(
      bea.client.post('/api/feedback/requests', {
        question: 'How do I come across?',
        anonymousAllowed: false,
        recipients: [{ userId: anaId }, { email: person.email }],
      }),
    );

    const file = server.database.file;
    if (file) expect(markerOnDisk(file).length).toBeGreaterThan(0);

    const deleted = await ana.delete('/api/me', { password: person.password });
    expect(deleted.status).toBe(204);

    // Nothing addressed to Ana is left; Bea's access log keeps the read by a deleted account.
    const count = async (rows: Promise<unknown[]>) => (await rows).length;
    expect(await count(db.selectFrom('users').select('id').where('id', '=', anaId).execute())).toBe(
      0,
    );
    expect(
      await count(
        db.selectFrom('invitations').select('id').where('email', '=', person.email).execute(),
      ),
    ).toBe(0);
    expect(
      await count(
        db
          .selectFrom('shares')
          .select('id')
          .where('targetType', '=', 'user')
          .where('targetId', '=', anaId)
          .execute(),
      ),
    ).toBe(0);
    expect(
      await count(
        db
          .selectFrom('feedbackRecipients')
          .select('id')
          .where((eb) => eb.or([eb('userId', '=', anaId), eb('email', '=', person.email)]))
          .execute(),
      ),
    ).toBe(0);
    const log = await bea.client.get('/api/access-log');
    expect(log.body.items).toMatchObject([{ reader: null, itemId: shared.id }]);
    expect(JSON.stringify(log.body)).not.toContain(MARKER);
    expect((await ana.get('/api/me')).status).toBe(401);

    if (file) {
      // While the server runs (a copy of its disk taken now), and after it closes.
      expect(markerOnDisk(file)).toEqual([]);
      await server.database.db.destroy();
      expect(markerOnDisk(file)).toEqual([]);
    }
  });
});
