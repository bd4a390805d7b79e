import type { Kysely } from 'kysely';

/**
 * Programs: an organization's development programs (cohorts) with seats, sessions, a
 * week-by-week curriculum, and the people who enrolled themselves or wait for a seat. An
 * enrollment keeps its place in the queue (`seq`, given under the program row's lock) and is
 * kept when withdrawn, so enrollment and retention can be counted.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('programs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('seats', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('next_seq', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('programs_org_start')
    .on('programs')
    .columns(['org_id', 'start_date', 'id'])
    .execute();

  await db.schema
    .createTable('program_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) =>
      c.notNull().references('programs.id').onDelete('cascade'),
    )
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('time', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('link', 'text', (c) => c.notNull())
    .addColumn('agenda', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('program_sessions_program')
    .on('program_sessions')
    .columns(['program_id', 'date', 'time'])
    .execute();

  await db.schema
    .createTable('program_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) =>
      c.notNull().references('programs.id').onDelete('cascade'),
    )
    .addColumn('week', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('library_entry_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('program_items_program')
    .on('program_items')
    .columns(['program_id', 'week', 'id'])
    .execute();

  await db.schema
    .createTable('program_enrollments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) =>
      c.notNull().references('programs.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addColumn('enrolled_at', 'text')
    .addColumn('withdrawn_at', 'text')
    .addUniqueConstraint('program_enrollments_program_user', ['program_id', 'user_id'])
    .addUniqueConstraint('program_enrollments_program_seq', ['program_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('program_enrollments_queue')
    .on('program_enrollments')
    .columns(['program_id', 'status', 'seq'])
    .execute();
  await db.schema
    .createIndex('program_enrollments_user')
    .on('program_enrollments')
    .columns(['user_id', 'id'])
    .execute();
}
