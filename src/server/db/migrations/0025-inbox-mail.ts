import { type Kysely, sql } from 'kysely';

/**
 * When an inbox item was handed to mail (by its person's choice for its kind: at once, in the
 * digest, or not at all). Null: not yet; the mail job claims such items one by one, so two app
 * instances never both take one. Items raised before this column existed count as handed over:
 * nobody is mailed about the past.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('inbox_items').addColumn('mailed_at', 'text').execute();
  await sql`update inbox_items set mailed_at = created_at`.execute(db);
  // The mail job looks for the few items not yet handed over.
  await db.schema
    .createIndex('inbox_items_unmailed')
    .on('inbox_items')
    .column('mailed_at')
    .execute();
}
