import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../database';

/**
 * One search index over everything a person wrote: `search_documents` holds one row per
 * searchable item (its author, the page it opens, a title, the text, a date), kept by triggers
 * on each source table in the same statement as the write — so creates, edits, deletes,
 * imports, cascades and account deletion all keep it true. SQLite indexes it with an FTS5
 * external-content table (the author's id is an indexed token, so a search reads only that
 * person's postings); PostgreSQL with a generated tsvector and a GIN index beside a btree on the
 * author. It replaces the reflections-only index of 0003 (see docs/decisions/0032-search.md).
 */

export type Kind = {
  type: string;
  table: string;
  /** Expressions over the new row `new`. */
  user: string;
  page: string;
  title: string;
  body: string;
  date: { sqlite: string; postgres: string };
  at: string;
  /** Only rows for which this holds are searchable (a note whose author left is not). */
  when?: string;
};

const lines = (...columns: string[]) =>
  columns.map((c) => `coalesce(new.${c}, '')`).join(` || char(10) || `);
const createdDay = {
  sqlite: 'substr(new.created_at, 1, 10)',
  postgres: 'left(new.created_at, 10)',
};

/** The searchable kinds, frozen as this migration made them (0045 writes their triggers again). */
export const kinds: Kind[] = [
  {
    type: 'reflection',
    table: 'reflections',
    user: 'new.user_id',
    page: 'new.id',
    title: 'new.title',
    body: 'new.body',
    date: { sqlite: 'new.date', postgres: 'new.date' },
    at: 'new.at',
  },
  {
    type: 'review',
    table: 'weekly_reviews',
    user: 'new.user_id',
    page: 'new.week',
    title: 'new.week',
    body: lines('went_well', 'learned', 'focus'),
    // The Monday of the ISO week: 4 January is always in week 1.
    date: {
      sqlite: `date(substr(new.week, 1, 4) || '-01-04',
        '-' || ((cast(strftime('%w', substr(new.week, 1, 4) || '-01-04') as integer) + 6) % 7) || ' days',
        '+' || ((cast(substr(new.week, 7, 2) as integer) - 1) * 7) || ' days')`,
      postgres: `to_char(to_date(new.week, 'IYYY-"W"IW'), 'YYYY-MM-DD')`,
    },
    at: 'new.created_at',
  },
  {
    type: 'learning',
    table: 'learning_items',
    user: 'new.user_id',
    page: 'new.id',
    title: 'new.title',
    body: lines('source', 'insights'),
    date: {
      sqlite: `coalesce(new.finished_on, new.started_on, ${createdDay.sqlite})`,
      postgres: `coalesce(new.finished_on, new.started_on, ${createdDay.postgres})`,
    },
    at: 'new.created_at',
  },
  {
    type: 'reaction',
    table: 'reactions',
    user: 'new.user_id',
    page: 'new.id',
    title: 'new.trigger',
    body: lines('automatic_reaction', 'chosen_response', 'outcome'),
    date: { sqlite: 'new.date', postgres: 'new.date' },
    at: 'new.at',
  },
  {
    type: 'belief',
    table: 'beliefs',
    user: 'new.user_id',
    page: 'new.id',
    title: 'new.statement',
    body: lines('evidence_for', 'evidence_against', 'reframe'),
    date: createdDay,
    at: 'new.created_at',
  },
  {
    type: 'one-on-one-note',
    table: 'one_on_one_notes',
    user: 'new.author_id',
    page: 'new.space_id',
    title: `coalesce((select s.title from one_on_ones s where s.id = new.space_id), '')`,
    body: 'new.body',
    date: createdDay,
    at: 'new.created_at',
    when: 'new.author_id is not null',
  },
];

/** The columns both engines' tables share. */
export const SHARED_COLUMNS = sql.raw(`
    type text not null,
    item_id text not null,
    user_id text not null references users (id) on delete cascade,
    page_id text not null,
    title text not null,
    body text not null,
    date text not null,
    at text not null,
`);

export const COLUMNS = 'type, item_id, user_id, page_id, title, body, date, at';

/** The values of `COLUMNS` of a kind's document, as expressions over the row `new`. */
export function documentValues(kind: Kind, dialect: 'sqlite' | 'postgres'): string[] {
  const body = dialect === 'postgres' ? kind.body.replaceAll('char(10)', 'chr(10)') : kind.body;
  return [
    `'${kind.type}'`,
    'new.id',
    kind.user,
    kind.page,
    `coalesce(${kind.title}, '')`,
    body,
    kind.date[dialect],
    kind.at,
  ];
}

/** The insert of a kind's document from the row `new`, or with `from`, from every row of it. */
function remember(kind: Kind, dialect: 'sqlite' | 'postgres', from = ''): string {
  const values = documentValues(kind, dialect);
  const where = kind.when ? ` where ${kind.when}` : '';
  return `insert into search_documents (${COLUMNS}) select ${values.join(', ')}${from}${where};`;
}

export const forget = (kind: Kind) =>
  `delete from search_documents where type = '${kind.type}' and item_id = old.id;`;

/** SQLite: the triggers that keep the FTS5 index of `search_documents` (its rowid `seq`). */
export async function keepIndexOfDocuments(db: Kysely<unknown>) {
  const add = `insert into search_documents_fts (rowid, user_id, title, body)
    values (new.seq, new.user_id, new.title, new.body);`;
  const drop = `insert into search_documents_fts (search_documents_fts, rowid, user_id, title, body)
    values ('delete', old.seq, old.user_id, old.title, old.body);`;
  await sql
    .raw(`create trigger search_documents_insert after insert on search_documents begin ${add} end`)
    .execute(db);
  await sql
    .raw(
      `create trigger search_documents_delete after delete on search_documents begin ${drop} end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger search_documents_update after update on search_documents begin ${drop} ${add} end`,
    )
    .execute(db);
}

async function sqliteIndex(db: Kysely<unknown>) {
  await sql`create table search_documents (
    seq integer primary key,
    ${SHARED_COLUMNS}
    unique (type, item_id))`.execute(db);
  await sql`create virtual table search_documents_fts using fts5(
    user_id, title, body,
    content = 'search_documents', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
  await sql`insert into search_documents_fts (search_documents_fts, rank) values ('secure-delete', 1)`.execute(
    db,
  );
  await keepIndexOfDocuments(db);
  for (const kind of kinds) {
    const name = `search_${kind.table}`;
    await sql
      .raw(
        `create trigger ${name}_insert after insert on ${kind.table} begin ${remember(kind, 'sqlite')} end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${name}_update after update on ${kind.table} begin ${forget(kind)} ${remember(kind, 'sqlite')} end`,
      )
      .execute(db);
    await sql
      .raw(`create trigger ${name}_delete after delete on ${kind.table} begin ${forget(kind)} end`)
      .execute(db);
  }
  // The reflections-only index of 0003 gives way to this one.
  for (const trigger of ['insert', 'update', 'delete']) {
    await sql.raw(`drop trigger reflections_fts_${trigger}`).execute(db);
  }
  await sql`drop table reflections_fts`.execute(db);
}

async function postgresIndex(db: Kysely<unknown>) {
  await sql`create table search_documents (
    ${SHARED_COLUMNS}
    search tsvector generated always as (
      setweight(to_tsvector('simple', title), 'A') ||
      setweight(to_tsvector('simple', body), 'B')) stored,
    primary key (type, item_id))`.execute(db);
  await sql`create index search_documents_search on search_documents using gin (search)`.execute(
    db,
  );
  for (const kind of kinds) {
    const name = `search_${kind.table}`;
    await sql
      .raw(
        `create function ${name}() returns trigger language plpgsql as $$
        begin
          if tg_op <> 'INSERT' then ${forget(kind)} end if;
          if tg_op <> 'DELETE' then ${remember(kind, 'postgres')} end if;
          return null;
        end $$`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${name} after insert or update or delete on ${kind.table}
         for each row execute function ${name}()`,
      )
      .execute(db);
  }
  await sql`drop index reflections_search`.execute(db);
  await sql`alter table reflections drop column search`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) === 'postgres') await postgresIndex(db);
  else await sqliteIndex(db);
  await sql`create index search_documents_user_at on search_documents (user_id, at)`.execute(db);
  // Everything written before this migration joins the index.
  for (const kind of kinds) {
    await sql.raw(remember(kind, dialectOf(db), ` from ${kind.table} new`)).execute(db);
  }
}
