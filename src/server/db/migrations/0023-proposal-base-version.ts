import type { Kysely } from 'kysely';

/**
 * The entry version an improvement was proposed against, so a curator sees when the entry has
 * changed since (the proposal is stale) before accepting it. Null for additions and for
 * proposals made before this column (docs/decisions/0028-cohorts-seats-and-flyer-font.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('library_proposals').addColumn('base_version', 'integer').execute();
}
