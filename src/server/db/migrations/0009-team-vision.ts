import type { Kysely } from 'kysely';

/**
 * A team's shared vision and outcomes, and the opt-in alignment of members' aspirations with
 * those outcomes. `teams.vision` (0006) holds the vision; this adds the setting that lets members
 * write it too, who last wrote it, the outcomes, and the links. Whether a link can be seen is
 * decided when it is read (by the aspiration's shares), so nothing is copied here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('teams')
    .addColumn('members_may_edit_vision', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('teams').addColumn('vision_updated_at', 'text').execute();
  await db.schema
    .alterTable('teams')
    .addColumn('vision_updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();

  await db.schema
    .createTable('team_outcomes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('team_outcomes_team')
    .on('team_outcomes')
    .columns(['team_id', 'position'])
    .execute();

  await db.schema
    .createTable('team_outcome_links')
    .addColumn('outcome_id', 'text', (c) =>
      c.notNull().references('team_outcomes.id').onDelete('cascade'),
    )
    .addColumn('aspiration_id', 'text', (c) =>
      c.notNull().references('aspirations.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('team_outcome_links_pk', ['outcome_id', 'aspiration_id'])
    .execute();
  await db.schema
    .createIndex('team_outcome_links_aspiration')
    .on('team_outcome_links')
    .column('aspiration_id')
    .execute();
  await db.schema
    .createIndex('team_outcome_links_user')
    .on('team_outcome_links')
    .column('user_id')
    .execute();
}
