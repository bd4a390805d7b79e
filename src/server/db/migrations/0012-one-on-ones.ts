import type { Kysely } from 'kysely';

/**
 * 1:1 spaces: a shared agenda between a person (the owner) and one colleague from one of their
 * organizations — topics in order, notes, and action items owned by one of the two. Deleting
 * either person deletes the space.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('one_on_ones')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('colleague_id', 'text', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('ended_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('one_on_ones_owner')
    .on('one_on_ones')
    .columns(['owner_id', 'id'])
    .execute();
  await db.schema
    .createIndex('one_on_ones_colleague')
    .on('one_on_ones')
    .columns(['colleague_id', 'id'])
    .execute();

  await db.schema
    .createTable('one_on_one_topics')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) =>
      c.notNull().references('one_on_ones.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('discussed_at', 'text')
    .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('one_on_one_topics_space')
    .on('one_on_one_topics')
    .columns(['space_id', 'position'])
    .execute();

  await db.schema
    .createTable('one_on_one_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) =>
      c.notNull().references('one_on_ones.id').onDelete('cascade'),
    )
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('one_on_one_notes_space')
    .on('one_on_one_notes')
    .columns(['space_id', 'id'])
    .execute();

  await db.schema
    .createTable('one_on_one_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) =>
      c.notNull().references('one_on_ones.id').onDelete('cascade'),
    )
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('due_on', 'text')
    .addColumn('done_at', 'text')
    .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('one_on_one_actions_space')
    .on('one_on_one_actions')
    .columns(['space_id', 'id'])
    .execute();
}
