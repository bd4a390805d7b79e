import type { Kysely } from 'kysely';

/**
 * Joining a team by consent, and the team's membership history. A team may be open to anyone in
 * its organization; otherwise a person asks to join and one of its leaders answers. Every change
 * of who is in the team — who, by whom, when — is kept for the team's members to see.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('teams')
    .addColumn('open_to_join', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('team_join_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('team_join_requests_team_user', ['team_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('team_join_requests_user')
    .on('team_join_requests')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('team_membership_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('role', 'text')
    .addColumn('by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('team_membership_events_team')
    .on('team_membership_events')
    .columns(['team_id', 'id'])
    .execute();
}
