import type { Kysely } from 'kysely';

/**
 * Anonymous statistics: each person's own choice, per organization, to contribute (no row: not
 * asked yet, which counts as no), and the rollups the dashboard adds up — what one person did in
 * one ISO week, kept per person so that consent is joined at read time and opting out takes a
 * person out of every figure at once (docs/decisions/0021-statistics-rollups.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('statistics_consents')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('contribute', 'integer', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('statistics_consents_pk', ['org_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('statistics_consents_user')
    .on('statistics_consents')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('statistics_weeks')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('reflections', 'integer', (c) => c.notNull())
    .addColumn('check_ins', 'integer', (c) => c.notNull())
    .addColumn('strength', 'double precision')
    .addColumn('learning_minutes', 'integer', (c) => c.notNull())
    .addColumn('feedback_requested', 'integer', (c) => c.notNull())
    .addColumn('feedback_given', 'integer', (c) => c.notNull())
    .addColumn('assessments', 'integer', (c) => c.notNull())
    .addColumn('tension_sum', 'double precision', (c) => c.notNull())
    .addColumn('moved_toward', 'integer', (c) => c.notNull())
    .addColumn('alignment', 'double precision')
    .addPrimaryKeyConstraint('statistics_weeks_pk', ['user_id', 'week'])
    .execute();
  await db.schema
    .createIndex('statistics_weeks_week')
    .on('statistics_weeks')
    .columns(['week', 'user_id'])
    .execute();

  await db.schema
    .createTable('statistics_learning')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('statistics_learning_pk', ['user_id', 'week', 'kind'])
    .execute();
}
