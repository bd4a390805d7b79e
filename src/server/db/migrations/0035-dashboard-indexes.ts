import type { Kysely } from 'kysely';

/**
 * The organization dashboard's atom signature reads each contributor's teams by person: with
 * only `team_members_user` (user_id) and the primary key (team_id, user_id), SQLite's planner
 * walked every team of the organization for each contributor (`SEARCH t USING COVERING INDEX
 * teams_org` then the primary key), work of people × teams. A covering (user_id, team_id) index
 * answers one person's teams from the index alone, on both engines (docs/performance.md, case 3).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('team_members_user_team')
    .on('team_members')
    .columns(['user_id', 'team_id'])
    .execute();
}
