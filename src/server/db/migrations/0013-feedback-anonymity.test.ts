import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../../../../test-support/databases';
import { answerThroughLink, feedbackInvitation } from '../../modules/feedback/commands';
import { listAskedOfMe, loadFeedbackRequest } from '../../modules/feedback/queries';
import { sha256 } from '../../lib/secrets';
import { migrateToBefore } from '../../../../test-support/migrations';
import { migrateToLatest } from '../migrate';

describe.each(databaseKinds())('migration 0013-feedback-anonymity on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  it('keeps requests and answers; colleague links stop working, email links keep working', async () => {
    database = await createTestDatabase(kind, { migrate: false });
    await migrateToBefore(database, '0013-feedback-anonymity');
    const { db } = database;
    const now = new Date().toISOString();
    const later = new Date(Date.now() + 86_400_000).toISOString();
    for (const [id, name] of [
      ['ana', 'Ana'],
      ['bea', 'Bea'],
    ]) {
      await sql`insert into users (id, email, name, password_hash, time_zone, created_at, updated_at)
        values (${id}, ${`${id}@example.com`}, ${name}, 'h', 'UTC', ${now}, ${now})`.execute(db);
    }
    await sql`insert into feedback_requests
      (id, requester_id, question, aspiration_id, anonymity, expires_at, created_at)
      values ('r1', 'ana', 'How am I doing?', null, 'allowed', ${later}, ${now})`.execute(db);
    // Bea was asked twice (once answered), and someone by email.
    for (const [id, userId, email, token, used] of [
      ['k1', 'bea', null, 'bea-token-1', 1],
      ['k2', 'bea', null, 'bea-token-2', 0],
      ['k3', null, 'mo@example.org', 'mo-token', 0],
    ] as const) {
      await sql`insert into feedback_recipients (id, request_id, user_id, email, token_hash, used)
        values (${id}, 'r1', ${userId}, ${email}, ${sha256(token)}, ${used})`.execute(db);
    }
    await sql`insert into feedback_answers
      (id, request_id, giver_name, situation, behavior, impact, suggestion, answered_at)
      values ('a1', 'r1', 'Bea', 'S', 'B', 'I', '', ${now})`.execute(db);

    expect((await migrateToLatest(db))[0]).toBe('0013-feedback-anonymity');

    const recipients = await db
      .selectFrom('feedbackRecipients')
      .select(['id', 'userId', 'email', 'tokenHash', 'answered'])
      .orderBy('id')
      .execute();
    expect(recipients).toEqual([
      { id: 'k1', userId: 'bea', email: null, tokenHash: null, answered: 1 },
      {
        id: 'k3',
        userId: null,
        email: 'mo@example.org',
        tokenHash: sha256('mo-token'),
        answered: 0,
      },
    ]);
    await expect(feedbackInvitation(db, 'bea-token-2')).rejects.toMatchObject({ statusCode: 404 });
    expect(await listAskedOfMe(db, 'bea', { limit: 50 })).toMatchObject({
      items: [{ id: 'r1', answered: true, requester: { id: 'ana', name: 'Ana' } }],
    });
    await answerThroughLink(db, 'mo-token', {
      situation: 'S2',
      behavior: 'B',
      impact: 'I',
      name: 'Mo',
    });
    const request = await loadFeedbackRequest(db, 'ana', 'r1');
    expect(request).toMatchObject({ recipientCount: 2, answerCount: 2, closedAt: null });
    expect(request.answers.map((a) => [a.giverName, a.via]).sort()).toEqual([
      ['Bea', 'link'],
      ['Mo', 'link'],
    ]);
  });
});
