import type { Kysely } from 'kysely';

/**
 * Reminders and the calendar feed (docs/decisions/0029-reminders-and-calendar-feed.md).
 *
 * `reminders`: one per person and target (`practice:<id>`, `reflection`, `review`), a local time
 * (and a weekday for the weekly review), and the next instant it fires with what it was computed
 * from (the person's time zone, the practice's schedule): the scheduler computes it again when
 * either has changed since. `reminder_firings`: one row per person, target and local
 * date, inserted in the same transaction as the inbox item, so a reminder fires once even with
 * several app instances. `calendar_feeds`: the SHA-256 of a person's feed secret, never the
 * secret itself.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reminders')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('practice_id', 'text', (c) => c.references('practices.id').onDelete('cascade'))
    .addColumn('time', 'text', (c) => c.notNull())
    .addColumn('weekday', 'integer')
    .addColumn('next_fire_at', 'text')
    .addColumn('zone', 'text', (c) => c.notNull())
    .addColumn('schedule', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reminders_pk', ['user_id', 'target'])
    .execute();
  // The scheduler's look-up: what is due.
  await db.schema
    .createIndex('reminders_next_fire')
    .on('reminders')
    .column('next_fire_at')
    .execute();
  await db.schema.createIndex('reminders_practice').on('reminders').column('practice_id').execute();

  await db.schema
    .createTable('reminder_firings')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('fired_at', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reminder_firings_pk', ['user_id', 'target', 'date'])
    .execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
