import type { Kysely } from 'kysely';

/** Shares of personal items (with a person, a team or an organization) and the access log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('shares')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('item_type', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('shares_item_target', ['item_type', 'item_id', 'target_type', 'target_id'])
    .execute();
  await db.schema
    .createIndex('shares_target')
    .on('shares')
    .columns(['target_type', 'target_id'])
    .execute();
  await db.schema.createIndex('shares_owner').on('shares').columns(['owner_id', 'id']).execute();

  await db.schema
    .createTable('access_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('reader_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('reader_name', 'text', (c) => c.notNull())
    .addColumn('item_type', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('item_title', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('access_log_owner')
    .on('access_log')
    .columns(['owner_id', 'id'])
    .execute();
}
