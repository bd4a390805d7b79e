import type { Kysely } from 'kysely';

/**
 * How many times an import's job has begun, and when it last began, counted by the job itself
 * in its own transaction, so a worker that dies still counts: after the queue's last retry the
 * import ends as failed instead of staying "running" (docs/decisions/0042-import-attempts.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('imports')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('imports').addColumn('attempted_at', 'text').execute();
}
