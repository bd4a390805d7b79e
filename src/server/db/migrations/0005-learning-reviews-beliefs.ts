import type { Kysely } from 'kysely';

/** The learning log, the reaction log, weekly reviews with value ratings, and beliefs. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const owned = (table: string) =>
    db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'));

  await owned('learning_items')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('url', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('insights', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('started_on', 'text')
    .addColumn('finished_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('learning_items_user')
    .on('learning_items')
    .columns(['user_id', 'id'])
    .execute();

  await db.schema
    .createTable('learning_item_aspirations')
    .addColumn('learning_item_id', 'text', (c) =>
      c.notNull().references('learning_items.id').onDelete('cascade'),
    )
    .addColumn('aspiration_id', 'text', (c) =>
      c.notNull().references('aspirations.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('learning_item_aspirations_pk', ['learning_item_id', 'aspiration_id'])
    .execute();

  await db.schema
    .createTable('learning_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('learning_item_id', 'text', (c) =>
      c.notNull().references('learning_items.id').onDelete('cascade'),
    )
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('learning_sessions_item')
    .on('learning_sessions')
    .columns(['learning_item_id', 'date'])
    .execute();

  await owned('reactions')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('emotions', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('intensity', 'integer', (c) => c.notNull())
    .addColumn('automatic_reaction', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('chosen_response', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('outcome', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('reactions_user_at')
    .on('reactions')
    .columns(['user_id', 'at'])
    .execute();

  await owned('weekly_reviews')
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('went_well', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('learned', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('focus', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('weekly_reviews_user_week', ['user_id', 'week'])
    .execute();

  await db.schema
    .createTable('weekly_review_ratings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('review_id', 'text', (c) =>
      c.notNull().references('weekly_reviews.id').onDelete('cascade'),
    )
    .addColumn('value_id', 'text', (c) => c.references('personal_values.id').onDelete('set null'))
    .addColumn('value_name', 'text', (c) => c.notNull())
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('weekly_review_ratings_review')
    .on('weekly_review_ratings')
    .columns(['review_id', 'position'])
    .execute();

  await owned('beliefs')
    .addColumn('statement', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('evidence_for', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('evidence_against', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reframe', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source_reflection_id', 'text', (c) =>
      c.references('reflections.id').onDelete('set null'),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('beliefs_user').on('beliefs').columns(['user_id', 'id']).execute();
}
