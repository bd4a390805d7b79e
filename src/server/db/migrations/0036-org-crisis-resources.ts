import type { Kysely } from 'kysely';

/**
 * An organization's own crisis resources, set by its admins and shown to its members in the
 * safety net's notice instead of the operator's or the built-in default. One row an organization,
 * gone with it; nothing about who saw them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('org_crisis_resources')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('orgs.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
