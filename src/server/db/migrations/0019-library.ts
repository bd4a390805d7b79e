import type { Kysely } from 'kysely';

/**
 * The practice library (issue 11): an organization's own prompts and practices, and its edits
 * of built-in ones (stored under the built-in id, `builtin:<kind>:<id>`); every version of each;
 * members' proposals; and how often each entry was chosen — a count per entry, never who.
 * Versions keep their text when the person who wrote them leaves (their name becomes null);
 * deleting an account deletes that person's proposals.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('library_entries')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('theme', 'text')
    .addColumn('schedule', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('retired_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('library_entries_pk', ['org_id', 'id'])
    .execute();

  await db.schema
    .createTable('library_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('theme', 'text')
    .addColumn('schedule', 'text')
    .addColumn('changed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('proposed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('changed_at', 'text', (c) => c.notNull())
    // Two curators saving at once: one version number each, never two of the same.
    .addUniqueConstraint('library_versions_entry_version', ['org_id', 'entry_id', 'version'])
    .execute();

  await db.schema
    .createTable('library_proposals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
    .addColumn('entry_id', 'text')
    .addColumn('entry_title', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('theme', 'text')
    .addColumn('schedule', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('proposed_by', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('decided_at', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('library_proposals_open')
    .on('library_proposals')
    .columns(['org_id', 'status', 'id'])
    .execute();
  await db.schema
    .createIndex('library_proposals_proposer')
    .on('library_proposals')
    .columns(['proposed_by', 'org_id', 'id'])
    .execute();

  await db.schema
    .createTable('library_choices')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('library_choices_pk', ['org_id', 'entry_id'])
    .execute();
}
