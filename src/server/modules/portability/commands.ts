import type { ImportFormat, RejectedItem } from '../../../contracts/portability';
import type { ArchiveSectionName } from '../../../contracts/portability-archive';
import { type Db, dialectOf } from '../../db/database';
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';
import { type StoredSection, storedSectionOf, untyped } from './archive-sections';
import { dropUpload } from './uploads';

/** Rejected items kept with an import's summary; the count goes on. */
export const MAX_REJECTED_KEPT = 200;

/** Records an import of `fileName` for a person, queued. */
export async function createImport(
  db: Db,
  userId: string,
  format: ImportFormat,
  fileName: string,
): Promise<string> {
  const id = newId();
  await db
    .insertInto('imports')
    .values({
      id,
      userId,
      format,
      fileName,
      status: 'queued',
      progress: 0,
      created: 0,
      skipped: 0,
      rejected: '[]',
      rejectedCount: 0,
      error: null,
      createdAt: nowIso(),
      finishedAt: null,
    })
    .execute();
  return id;
}

export type ImportOutcome = {
  created: number;
  skipped: number;
  rejected: RejectedItem[];
  rejectedCount: number;
};

/** Where an import stands while it runs (an import that has ended stays as it ended). */
export async function updateImport(
  db: Db,
  id: string,
  change: { status?: 'running'; progress: number },
) {
  await db
    .updateTable('imports')
    .set(change)
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'running'])
    .execute();
}

/**
 * Ends an import: done with its summary, or failed with the reason (and nothing kept). An import
 * that has ended already (by another worker) stays as it ended.
 */
export async function finishImport(
  db: Db,
  id: string,
  end: { outcome: ImportOutcome } | { error: string },
) {
  const finishedAt = nowIso();
  const change =
    'error' in end
      ? { status: 'failed' as const, error: end.error, created: 0, skipped: 0 }
      : {
          status: 'done' as const,
          progress: 1,
          created: end.outcome.created,
          skipped: end.outcome.skipped,
          rejected: JSON.stringify(end.outcome.rejected.slice(0, MAX_REJECTED_KEPT)),
          rejectedCount: end.outcome.rejectedCount,
        };
  await db
    .updateTable('imports')
    .set({ ...change, finishedAt })
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'running'])
    .execute();
}

/**
 * Counts an attempt of an import's job, committed at once (a worker that dies mid-import still
 * counted it); the attempt's number, or null when the import has ended.
 */
export async function beginAttempt(db: Db, id: string): Promise<number | null> {
  const row = await db
    .updateTable('imports')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), attemptedAt: nowIso() }))
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'running'])
    .returning('attempts')
    .executeTakeFirst();
  return row ? Number(row.attempts) : null;
}

/**
 * Ends an import as failed with the reason its owner reads, and forgets its file, in one
 * transaction. What it wrote was in its own transaction, rolled back when it failed.
 */
export async function failImport(db: Db, id: string, reason: string) {
  await db.transaction().execute(async (trx) => {
    await finishImport(trx, id, { error: reason });
    await dropUpload(trx, id);
  });
}

/**
 * Whether an import is still to be written, its row locked until the caller's transaction ends
 * on PostgreSQL: a second worker given the same job (after a lost heartbeat) waits here, then
 * finds it ended.
 */
export async function claimImport(trx: Db, id: string): Promise<boolean> {
  let query = trx.selectFrom('imports').select('status').where('id', '=', id);
  if (dialectOf(trx) === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row?.status === 'queued' || row?.status === 'running';
}

/** One item to write: a record of an archive section, as validated, keyed by its source. */
export type ValidItem = {
  section: ArchiveSectionName;
  key: string;
  record: Record<string, unknown>;
};

type Row = Record<string, unknown>;

/**
 * Writes validated archive items of one import into a person's account, inside the caller's
 * transaction, with new ids given in the order items come (so an export lists them as the
 * archive did). An item this source already made (and that still exists), a weekly review of a
 * week already reviewed, or a prompt of a day already given is skipped and its id stands in for
 * references. References to items the archive does not hold become null.
 */
export function importWriter(trx: Db, userId: string, importId: string, source: ImportFormat) {
  const db = untyped(trx);
  const ids = new Map<string, string>();
  let rankOffset: number | null = null;
  const ref = (section: ArchiveSectionName, id: unknown) =>
    typeof id === 'string' ? (ids.get(`${section}:${id}`) ?? null) : null;
  const mapped = (refs: Record<string, ArchiveSectionName> | undefined, row: Row) => {
    for (const [column, section] of Object.entries(refs ?? {}))
      row[column] = ref(section, row[column]);
    return row;
  };

  async function existing(spec: StoredSection, item: ValidItem): Promise<string | null> {
    const made = await trx
      .selectFrom('importedItems')
      .select('itemId')
      .where('userId', '=', userId)
      .where('source', '=', source)
      .where('key', '=', item.key)
      .executeTakeFirst();
    const column = spec.naturalKey ?? 'id';
    if (made) {
      const still = await db
        .selectFrom(spec.table)
        .select(column)
        .where(column, '=', made.itemId)
        .where(spec.owner, '=', userId)
        .executeTakeFirst();
      if (still) return made.itemId;
    }
    const natural = spec.name === 'weeklyReviews' ? 'week' : spec.naturalKey;
    if (!natural) return null;
    const same = await db
      .selectFrom(spec.table)
      .select(column)
      .where(natural, '=', item.record[natural])
      .where(spec.owner, '=', userId)
      .executeTakeFirst();
    return same ? String(same[column]) : null;
  }

  return async function write(item: ValidItem): Promise<'created' | 'skipped'> {
    const spec = storedSectionOf(item.section);
    const archiveId = String(item.record[spec.naturalKey ?? 'id']);
    const found = await existing(spec, item);
    if (found !== null) {
      ids.set(`${spec.name}:${archiveId}`, found);
      return 'skipped';
    }
    const id = spec.naturalKey ? archiveId : newId();
    const row: Row = mapped(spec.refs, { [spec.owner]: userId });
    for (const column of spec.columns) {
      const value = item.record[column] ?? null;
      row[column] =
        (spec.json ?? []).includes(column) && value !== null ? JSON.stringify(value) : value;
    }
    mapped(spec.refs, row);
    if (!spec.naturalKey) row.id = id;
    if (spec.name === 'values') {
      rankOffset ??= Number(
        (
          await trx
            .selectFrom('personalValues')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('userId', '=', userId)
            .executeTakeFirstOrThrow()
        ).n,
      );
      row.rank = Number(row.rank) + rankOffset;
    }
    await db.insertInto(spec.table).values(row).execute();
    ids.set(`${spec.name}:${archiveId}`, id);

    for (const link of spec.links ?? []) {
      const targets = (item.record[link.key] as string[])
        .map((target) => ref(link.section, target))
        .filter((target): target is string => target !== null);
      const values = [...new Set(targets)].map((t) => ({
        [link.parentColumn]: id,
        [link.column]: t,
      }));
      if (values.length) await db.insertInto(link.table).values(values).execute();
    }
    for (const child of spec.children ?? []) {
      const values = (item.record[child.key] as Row[]).map((c) =>
        mapped(child.refs, { ...c, id: newId(), [child.parentColumn]: id }),
      );
      for (let at = 0; at < values.length; at += 500) {
        await db
          .insertInto(child.table)
          .values(values.slice(at, at + 500))
          .execute();
      }
    }
    await spec.afterWrite?.(trx, id);
    await trx
      .insertInto('importedItems')
      .values({ userId, source, key: item.key, itemType: spec.name, itemId: id, importId })
      .execute();
    return 'created';
  };
}
