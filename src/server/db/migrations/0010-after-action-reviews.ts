import type { Kysely } from 'kysely';

/**
 * After-action reviews of a team and their action items. An item stays open until it is marked
 * done; a team's open items are carried into its later reviews by query, not by copying.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('after_action_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('expected', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('happened', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('why_different', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('next_time', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('after_action_reviews_team')
    .on('after_action_reviews')
    .columns(['team_id', 'date', 'id'])
    .execute();

  await db.schema
    .createTable('aar_action_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('review_id', 'text', (c) =>
      c.notNull().references('after_action_reviews.id').onDelete('cascade'),
    )
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('done_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('aar_action_items_review')
    .on('aar_action_items')
    .columns(['review_id', 'id'])
    .execute();
  await db.schema
    .createIndex('aar_action_items_owner')
    .on('aar_action_items')
    .column('owner_id')
    .execute();
}
