import { decodeCursor } from '../../../core/pagination';
import type { Db } from '../../db/database';
import { notFound } from '../../errors';
import { type PresentedSection, type SectionSpec, untyped } from './archive-sections';

/** Rows read at a time: an archive of any size is read in pages of this many items. */
const PAGE = 500;

type Row = Record<string, unknown>;

const pick = (row: Row, columns: string[], json: string[] = []) =>
  Object.fromEntries(
    columns.map((c) => {
      const value = row[c] ?? null;
      return [c, json.includes(c) && typeof value === 'string' ? JSON.parse(value) : value];
    }),
  );

/**
 * One section's items of a person as archive records, in a stable order (by id, which an import
 * keeps in the same order as it gives new ones; by date for prompt deliveries), with their
 * children and links, read page by page so no section is ever held whole.
 */
export async function* sectionRecords(db: Db, userId: string, section: SectionSpec) {
  if ('pageOf' in section) {
    yield* presentedRecords(db, userId, section);
    return;
  }
  const order = section.naturalKey ?? 'id';
  let after: string | null = null;
  for (;;) {
    let query = (
      'rowsOf' in section
        ? untyped(db).selectFrom(section.rowsOf(db, userId).as('seen')).selectAll()
        : untyped(db).selectFrom(section.table).selectAll().where(section.owner, '=', userId)
    )
      .orderBy(order)
      .limit(PAGE);
    if (after !== null) query = query.where(order, '>', after);
    const rows: Row[] = await query.execute();
    if (rows.length === 0) return;
    const ids = rows.map((r) => String(r[order]));
    const children = await Promise.all(
      (section.children ?? []).map(async (child) => {
        const found: Row[] = await untyped(db)
          .selectFrom(child.table)
          .selectAll()
          .where(child.parentColumn, 'in', ids)
          .orderBy(child.parentColumn)
          .orderBy('id')
          .execute();
        return { child, byParent: groupBy(found, child.parentColumn) };
      }),
    );
    const links = await Promise.all(
      (section.links ?? []).map(async (link) => {
        const found: Row[] = await untyped(db)
          .selectFrom(link.table)
          .selectAll()
          .where(link.parentColumn, 'in', ids)
          .orderBy(link.parentColumn)
          .orderBy(link.column)
          .execute();
        return { link, byParent: groupBy(found, link.parentColumn) };
      }),
    );
    for (const row of rows) {
      const record: Row = pick(row, section.columns, section.json);
      const id = String(row[order]);
      for (const { link, byParent } of links) {
        record[link.key] = (byParent.get(id) ?? []).map((r) => r[link.column]);
      }
      for (const { child, byParent } of children) {
        record[child.key] = (byParent.get(id) ?? []).map((r) => pick(r, child.columns));
      }
      yield record;
    }
    after = ids.at(-1) ?? null;
    if (rows.length < PAGE) return;
  }
}

/** A section read through its module's read model, page after page. */
async function* presentedRecords(db: Db, userId: string, section: PresentedSection) {
  let cursor: string | undefined;
  for (;;) {
    const { items, nextCursor } = await section.pageOf(db, userId, { limit: PAGE, cursor });
    yield* items;
    if (nextCursor === null) return;
    cursor = decodeCursor('id', nextCursor) ?? undefined;
    if (cursor === undefined) return;
  }
}

function groupBy(rows: Row[], column: string) {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = String(row[column]);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** The account part of an archive: for reading only. */
export async function accountOf(db: Db, userId: string) {
  return db
    .selectFrom('users')
    .select(['name', 'email', 'timeZone', 'createdAt'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

/** One of my imports; anyone else's is 404. */
export async function findOwnImport(db: Db, userId: string, id: string) {
  const row = await db
    .selectFrom('imports')
    .selectAll()
    .where('id', '=', id)
    .where('userId', '=', userId)
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** Imports not yet ended (queued or running), oldest first: at start-up, to run them again. */
export async function unfinishedImports(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('imports')
    .select('id')
    .where('status', 'in', ['queued', 'running'])
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** What a job needs to run an import: whose, which format, the file's name; null once ended. */
export async function unfinishedImport(db: Db, id: string) {
  const row = await db
    .selectFrom('imports')
    .select(['userId', 'format', 'fileName', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && (row.status === 'queued' || row.status === 'running') ? row : null;
}

/**
 * Imports not ended whose job last began before `before`: past the job's time limit no worker
 * runs them any more, and with no retry begun since, the queue has given them up.
 */
export async function abandonedImports(db: Db, before: string): Promise<string[]> {
  const rows = await db
    .selectFrom('imports')
    .select('id')
    .where('status', 'in', ['queued', 'running'])
    .where('attemptedAt', '<', before)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}
