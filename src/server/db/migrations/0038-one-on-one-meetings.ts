import type { Kysely } from 'kysely';

/**
 * The next meeting of a 1:1 space (docs/decisions/0044-one-on-one-meetings.md): one row per space,
 * a local date and time in a named time zone, a length, an optional place or link, and an optional
 * repeat every N weeks. Either person of the pair sets it; it goes with the space.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('one_on_one_meetings')
    .addColumn('space_id', 'text', (c) =>
      c.primaryKey().references('one_on_ones.id').onDelete('cascade'),
    )
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('time', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('repeat_weeks', 'integer')
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
