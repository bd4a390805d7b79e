import type { Kysely } from 'kysely';

/**
 * Feedback requests, one single-use answer link per recipient, and answers. Anonymous answers
 * keep no giver and no time (their ids are random, not time-ordered), so nothing can tie them
 * to a person.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('feedback_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('requester_id', 'text', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('aspiration_id', 'text', (c) => c.references('aspirations.id').onDelete('set null'))
    .addColumn('anonymity', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('feedback_requests_requester')
    .on('feedback_requests')
    .columns(['requester_id', 'id'])
    .execute();

  await db.schema
    .createTable('feedback_recipients')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) =>
      c.notNull().references('feedback_requests.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('email', 'text')
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('used', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('feedback_recipients_request')
    .on('feedback_recipients')
    .column('request_id')
    .execute();

  await db.schema
    .createTable('feedback_answers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) =>
      c.notNull().references('feedback_requests.id').onDelete('cascade'),
    )
    .addColumn('giver_name', 'text')
    .addColumn('situation', 'text', (c) => c.notNull())
    .addColumn('behavior', 'text', (c) => c.notNull())
    .addColumn('impact', 'text', (c) => c.notNull())
    .addColumn('suggestion', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('answered_at', 'text')
    .execute();
  await db.schema
    .createIndex('feedback_answers_request')
    .on('feedback_answers')
    .column('request_id')
    .execute();
}
