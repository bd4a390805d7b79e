import { type Kysely, sql } from 'kysely';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Reads in the access log keep no personal text (issue 9): a read used to store an untitled
 * reflection's first words, or a belief's statement, as the item's title. They now store what
 * the reader's list shows: "A belief"; a reflection's own title, or "Reflection · 2 Dec 2026"
 * when it has none, or "A reflection" once it is deleted. Readers are named from their account
 * when the log is read; `reader_name` stays, never shown. Frozen here: it does not follow later
 * changes to the titles in src/core/shared-title.ts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`update access_log set item_title = 'A belief' where item_type = 'belief'`.execute(db);
  const { rows } = await sql<{ id: string; title: string | null; date: string | null }>`
    select access_log.id, reflections.title, reflections.date
    from access_log left join reflections on reflections.id = access_log.item_id
    where access_log.item_type = 'reflection'`.execute(db);
  for (const row of rows) {
    await sql`update access_log set item_title = ${reflectionTitle(row)} where id = ${row.id}`.execute(
      db,
    );
  }
}

function reflectionTitle(row: { title: string | null; date: string | null }): string {
  if (row.date === null) return 'A reflection';
  const [year, month, day] = row.date.split('-').map(Number) as [number, number, number];
  return row.title?.trim() || `Reflection · ${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}
