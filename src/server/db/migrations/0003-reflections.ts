import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../database';

/**
 * Reflections (journal entries) with a full-text index: an FTS5 table on SQLite, a stored
 * tsvector with a GIN index on PostgreSQL. Also the prompt shown each day and mood check-ins.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reflections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('prompt_id', 'text')
    .addColumn('mood_pleasantness', 'integer')
    .addColumn('mood_energy', 'integer')
    .addColumn('emotions', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('form', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('reflections_user_at')
    .on('reflections')
    .columns(['user_id', 'at', 'id'])
    .execute();
  await db.schema
    .createIndex('reflections_user_date')
    .on('reflections')
    .columns(['user_id', 'date'])
    .execute();

  if (dialectOf(db) === 'postgres') {
    await sql`alter table reflections add column search tsvector generated always as (
      setweight(to_tsvector('simple', coalesce(title, '')), 'A') ||
      setweight(to_tsvector('simple', body), 'B')) stored`.execute(db);
    await sql`create index reflections_search on reflections using gin (search)`.execute(db);
  } else {
    // reflection_id and user_id are indexed (not UNINDEXED) so that the triggers can find an
    // entry with MATCH instead of scanning; searches are limited to {title body}. The triggers
    // also fire on cascaded deletes, so deleting an account removes its search entries.
    await sql`create virtual table reflections_fts using fts5(
      reflection_id, user_id, title, body,
      tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
    const forget = (row: string) =>
      `delete from reflections_fts where reflections_fts match 'reflection_id:"' || ${row}.id || '"';`;
    const remember = `insert into reflections_fts (reflection_id, user_id, title, body)
      values (new.id, new.user_id, new.title, new.body);`;
    await sql
      .raw(
        `create trigger reflections_fts_insert after insert on reflections begin ${remember} end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger reflections_fts_update after update of title, body on reflections begin ${forget('old')} ${remember} end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger reflections_fts_delete after delete on reflections begin ${forget('old')} end`,
      )
      .execute(db);
  }

  await db.schema
    .createTable('prompt_deliveries')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('prompt_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('prompt_deliveries_pk', ['user_id', 'date'])
    .execute();

  await db.schema
    .createTable('mood_checkins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('pleasantness', 'integer', (c) => c.notNull())
    .addColumn('energy', 'integer', (c) => c.notNull())
    .addColumn('emotions', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .createIndex('mood_checkins_user_at')
    .on('mood_checkins')
    .columns(['user_id', 'at'])
    .execute();
}
