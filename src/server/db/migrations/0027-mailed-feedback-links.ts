import type { Kysely } from 'kysely';

/**
 * Whether the server mailed a person's feedback link itself (1), so that the requester never
 * held it and the answer may be anonymous where the request allows; 0 for links the requester
 * was given (and for colleagues, who have none). Links made before are the requester's.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('feedback_recipients')
    .addColumn('link_mailed', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
