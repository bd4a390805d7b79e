import type { Kysely } from 'kysely';

/**
 * The inbox: what asks for a person's attention (feedback asked of them, something shared with
 * them, their turn in a pair space …). An item names a kind, the person who caused it and what it
 * points to, never personal text; it is shown only while what it points to is there and readable
 * by its person (docs/decisions/0023-inbox-and-live-updates.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('inbox_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  // The inbox page and its unread count: a person's items, unread first filter, newest first.
  await db.schema
    .createIndex('inbox_items_person_unread')
    .on('inbox_items')
    .columns(['person_id', 'read_at', 'id'])
    .execute();
  // Removing what points to a subject when it is deleted or no longer readable.
  await db.schema
    .createIndex('inbox_items_subject')
    .on('inbox_items')
    .columns(['subject_type', 'subject_id'])
    .execute();
}
