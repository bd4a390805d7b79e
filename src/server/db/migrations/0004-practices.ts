import type { Kysely } from 'kysely';

/** Practices (habits) and their daily check-ins. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('practices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('schedule', 'text', (c) => c.notNull())
    .addColumn('aspiration_id', 'text', (c) => c.references('aspirations.id').onDelete('set null'))
    .addColumn('value_id', 'text', (c) => c.references('personal_values.id').onDelete('set null'))
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('practices_user')
    .on('practices')
    .columns(['user_id', 'id'])
    .execute();

  await db.schema
    .createTable('practice_checkins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) =>
      c.notNull().references('practices.id').onDelete('cascade'),
    )
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('practice_checkins_practice_date', ['practice_id', 'date'])
    .execute();
}
