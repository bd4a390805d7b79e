import { type Kysely, sql } from 'kysely';

/**
 * Feedback anonymity (docs/decisions/0009-feedback-anonymity.md). Colleagues asked for feedback
 * answer signed in, so their recipient rows lose their links: `token_hash` becomes optional (only
 * people asked by email hold a link) and `used` becomes `answered`, which only that colleague
 * sees. A colleague asked twice in one request keeps one row. Requests get `closed_at`; named
 * answers from colleagues keep the giver's account (`giver_id`, deleted with it). Existing links
 * for colleagues stop working; links for email recipients keep working.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('feedback_requests').addColumn('closed_at', 'text').execute();
  await db.schema
    .alterTable('feedback_answers')
    .addColumn('giver_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .execute();

  await db.schema
    .createTable('feedback_recipients_0013')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) =>
      c.notNull().references('feedback_requests.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('email', 'text')
    .addColumn('token_hash', 'text', (c) => c.unique())
    .addColumn('answered', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`
    insert into feedback_recipients_0013 (id, request_id, user_id, email, token_hash, answered)
    select r.id, r.request_id, r.user_id, r.email,
      case when r.user_id is null then r.token_hash else null end,
      case when r.user_id is null then r.used else (
        select max(d.used) from feedback_recipients d
        where d.request_id = r.request_id and d.user_id = r.user_id
      ) end
    from feedback_recipients r
    where r.user_id is null or r.id = (
      select min(d.id) from feedback_recipients d
      where d.request_id = r.request_id and d.user_id = r.user_id
    )
  `.execute(db);
  await db.schema.dropTable('feedback_recipients').execute();
  await db.schema.alterTable('feedback_recipients_0013').renameTo('feedback_recipients').execute();
  await db.schema
    .createIndex('feedback_recipients_request')
    .on('feedback_recipients')
    .column('request_id')
    .execute();
  await db.schema
    .createIndex('feedback_recipients_colleague')
    .on('feedback_recipients')
    .columns(['user_id', 'request_id'])
    .unique()
    .execute();
}
