import type { Kysely } from 'kysely';

/** Purpose, values, aspirations with their vision revisions, reality assessments and steps. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('onboarding', 'text', (c) => c.notNull().defaultTo('pending'))
    .execute();

  await db.schema
    .createTable('purpose_revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('purpose_revisions_user')
    .on('purpose_revisions')
    .columns(['user_id', 'id'])
    .execute();

  await db.schema
    .createTable('personal_values')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('rank', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('personal_values_user')
    .on('personal_values')
    .columns(['user_id', 'rank'])
    .execute();

  await db.schema
    .createTable('aspirations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('vision', 'text', (c) => c.notNull())
    .addColumn('vision_level', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('status_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('aspirations_user')
    .on('aspirations')
    .columns(['user_id', 'id'])
    .execute();

  const child = (table: string) =>
    db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('aspiration_id', 'text', (c) =>
        c.notNull().references('aspirations.id').onDelete('cascade'),
      );

  await child('vision_revisions')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('vision', 'text', (c) => c.notNull())
    .addColumn('vision_level', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await child('reality_assessments')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await child('action_steps')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  for (const table of ['vision_revisions', 'reality_assessments', 'action_steps']) {
    await db.schema
      .createIndex(`${table}_aspiration`)
      .on(table)
      .columns(['aspiration_id', 'id'])
      .execute();
  }
}
