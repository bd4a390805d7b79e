import { type Kysely, sql } from 'kysely';

/** How long tokens made before expiries existed stay valid: the default lifetime of a new one. */
const EXISTING_TOKEN_DAYS = 90;

/**
 * Account security: failed password checks (for the sign-in throttle), remembered devices, and
 * personal access tokens with a scope and an expiry. Tokens made before this migration keep
 * working as `read-write` for 90 more days.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('password_failures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_key', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('device_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('password_failures_account')
    .on('password_failures')
    .columns(['account_key', 'created_at'])
    .execute();
  await db.schema
    .createIndex('password_failures_address')
    .on('password_failures')
    .columns(['address', 'created_at'])
    .execute();
  await db.schema
    .createIndex('password_failures_created_at')
    .on('password_failures')
    .column('created_at')
    .execute();

  await db.schema
    .createTable('remembered_devices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('remembered_devices_user_id')
    .on('remembered_devices')
    .column('user_id')
    .execute();

  await db.schema
    .alterTable('access_tokens')
    .addColumn('scope', 'text', (c) => c.notNull().defaultTo('read-write'))
    .execute();
  await db.schema.alterTable('access_tokens').addColumn('expires_at', 'text').execute();
  const expiresAt = new Date(Date.now() + EXISTING_TOKEN_DAYS * 24 * 60 * 60 * 1000).toISOString();
  await sql`update access_tokens set expires_at = ${expiresAt}`.execute(db);
}
