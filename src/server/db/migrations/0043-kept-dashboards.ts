import { type Kysely, sql } from 'kysely';

/**
 * The kept dashboard decisions (docs/decisions/0051-kept-dashboard-decision.md): one row per
 * organization, period and group with what the decision showed of it, and a head row (group
 * `''`) with the period, k, programs and every group's name and contributors. Nothing is filled:
 * the first read of a dashboard decides and keeps it. `orgs.dashboard_generation` counts the
 * changes of who counts; a decision is kept only if it did not move while deciding.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('dashboard_answers')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('dashboard_answers_pk', ['org_id', 'period', 'group_id'])
    .execute();
  await db.schema
    .alterTable('orgs')
    .addColumn('dashboard_generation', 'integer', (c) => c.notNull().defaultTo(sql`0`))
    .execute();
}
