import type { Kysely } from 'kysely';
import { dialectOf } from '../database';

/**
 * The file of an import, kept in the database in pieces of 1 MB until the import ends, so that
 * any app instance can run the import's job (and run it again after a restart): instances share
 * the database and nothing else. Deleting the import (or the person) deletes its pieces
 * (docs/decisions/0036-cli-and-import-jobs.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('import_uploads')
    .addColumn('import_id', 'text', (c) => c.notNull().references('imports.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('bytes', dialectOf(db) === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_uploads_pk', ['import_id', 'seq'])
    .execute();
}
