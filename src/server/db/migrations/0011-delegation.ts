import type { Kysely } from 'kysely';

/**
 * Delegation agreements between two people of one organization: decision areas with their
 * agreed level (1 tell … 7 delegate), rounds of delegation poker (each party's private choice),
 * a pending proposal, planned transitions, and each area's history. Deleting either person
 * deletes the agreement: it is the pair's, and one of them is gone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('delegation_agreements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
    .addColumn('leader_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('started_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('archived_at', 'text')
    .addColumn('archived_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('delegation_agreements_leader')
    .on('delegation_agreements')
    .columns(['leader_id', 'id'])
    .execute();
  await db.schema
    .createIndex('delegation_agreements_member')
    .on('delegation_agreements')
    .columns(['member_id', 'id'])
    .execute();

  await db.schema
    .createTable('delegation_areas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agreement_id', 'text', (c) =>
      c.notNull().references('delegation_agreements.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('level', 'integer')
    .addColumn('proposed_level', 'integer')
    .addColumn('proposed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('proposed_at', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('delegation_areas_agreement')
    .on('delegation_areas')
    .columns(['agreement_id', 'position'])
    .execute();

  await db.schema
    .createTable('delegation_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('area_id', 'text', (c) =>
      c.notNull().references('delegation_areas.id').onDelete('cascade'),
    )
    .addColumn('leader_choice', 'integer')
    .addColumn('leader_chose_at', 'text')
    .addColumn('member_choice', 'integer')
    .addColumn('member_chose_at', 'text')
    .addColumn('started_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('revealed_at', 'text')
    .execute();
  await db.schema
    .createIndex('delegation_rounds_area')
    .on('delegation_rounds')
    .columns(['area_id', 'id'])
    .execute();

  await db.schema
    .createTable('delegation_transitions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('area_id', 'text', (c) =>
      c.notNull().references('delegation_areas.id').onDelete('cascade'),
    )
    .addColumn('from_level', 'integer', (c) => c.notNull())
    .addColumn('to_level', 'integer', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema
    .createIndex('delegation_transitions_area')
    .on('delegation_transitions')
    .columns(['area_id', 'id'])
    .execute();

  await db.schema
    .createTable('delegation_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('area_id', 'text', (c) =>
      c.notNull().references('delegation_areas.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('level', 'integer')
    .addColumn('from_level', 'integer')
    .addColumn('leader_level', 'integer')
    .addColumn('member_level', 'integer')
    .addColumn('due_on', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('delegation_events_area')
    .on('delegation_events')
    .columns(['area_id', 'id'])
    .execute();
}
