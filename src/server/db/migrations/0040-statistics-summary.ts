import type { Kysely } from 'kysely';
import type { Db } from '../database';
import { rebuildStatisticsSummary } from '../statistics-summary-rebuild';

/**
 * The statistics summary per atom and week (docs/decisions/0049-statistics-summary.md): each
 * contributor's atom per organization, the atoms' weeks added up, and running sums of strength
 * and alignment on the person rollups; filled from the rollups kept so far.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ['strength_total', 'alignment_total']) {
    await db.schema
      .alterTable('statistics_weeks')
      .addColumn(column, 'double precision', (c) => c.notNull().defaultTo(0))
      .execute();
  }
  for (const column of ['strength_weeks', 'alignment_weeks']) {
    await db.schema
      .alterTable('statistics_weeks')
      .addColumn(column, 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  }

  await db.schema
    .createTable('statistics_contributors')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('atom', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('statistics_contributors_pk', ['org_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('statistics_contributors_user')
    .on('statistics_contributors')
    .column('user_id')
    .execute();

  let table = db.schema
    .createTable('statistics_atom_weeks')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
    .addColumn('atom', 'text', (c) => c.notNull())
    .addColumn('week', 'text', (c) => c.notNull());
  for (const column of [
    'active',
    'reflections',
    'reflectors',
    'check_ins',
    'checkers',
    'minutes',
    'learners',
    'requested',
    'requesters',
    'given',
    'givers',
    'assessments',
  ]) {
    table = table.addColumn(column, 'integer', (c) => c.notNull());
  }
  table = table.addColumn('tension', 'double precision', (c) => c.notNull());
  for (const column of ['assessors', 'moved', 'movers']) {
    table = table.addColumn(column, 'integer', (c) => c.notNull());
  }
  await table
    .addPrimaryKeyConstraint('statistics_atom_weeks_pk', ['org_id', 'week', 'atom'])
    .execute();

  await rebuildStatisticsSummary(db as unknown as Db);
}
