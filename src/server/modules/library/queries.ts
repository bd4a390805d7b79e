import type { Role } from '../../../core/access-policy';
import {
  BUILT_IN_ENTRIES,
  builtInEntry,
  compareEntryIds,
  type LibraryText,
  matchesLibraryQuery,
  parseBuiltInId,
} from '../../../core/library';
import { canCurateLibrary, canReadProposal, canUseLibrary } from '../../../core/library-policy';
import { toPage } from '../../../core/pagination';
import type { SuggestedSchedule } from '../../../core/practice-library';
import type { LibraryHistoryQuery, LibraryQuery, ProposalQuery } from '../../../contracts/library';
import type { z } from 'zod';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { LibraryEntriesTable } from '../../db/schema';
import { orgRoleOf } from '../../db/memberships';
import { forbidden, notFound } from '../../errors';

/**
 * The caller's role in the organization whose library they use. Only its members use it: to
 * anyone else the library does not exist (404), whatever their role elsewhere.
 */
export async function requireLibraryUser(db: Db, orgId: string, userId: string): Promise<Role> {
  const role = await orgRoleOf(db, orgId, userId);
  if (!canUseLibrary(role) || role === null) throw notFound('No such organization.');
  return role;
}

/** Lets facilitators and admins through; other members get 403, anyone else 404. */
export async function requireCurator(db: Db, orgId: string, userId: string): Promise<Role> {
  const role = await requireLibraryUser(db, orgId, userId);
  if (!canCurateLibrary(role)) {
    throw forbidden(
      'curators_only',
      'Only the organization’s facilitators and admins can do that.',
    );
  }
  return role;
}

export const parseSchedule = (json: string | null) =>
  json === null ? null : (JSON.parse(json) as SuggestedSchedule);

/** An entry at its current version in one organization. */
export type CurrentEntry = LibraryText & {
  source: 'built-in' | 'organization';
  version: number;
  retired: boolean;
  updatedAt: string | null;
};

const entryColumns = [
  'id',
  'kind',
  'title',
  'body',
  'theme',
  'schedule',
  'version',
  'retiredAt',
  'updatedAt',
] as const;

type EntryRow = Pick<Selectable<LibraryEntriesTable>, (typeof entryColumns)[number]>;

const fromRow = (row: EntryRow): CurrentEntry => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  theme: row.theme,
  schedule: parseSchedule(row.schedule),
  source: parseBuiltInId(row.id) ? 'built-in' : 'organization',
  version: Number(row.version),
  retired: row.retiredAt !== null,
  updatedAt: row.updatedAt,
});

const fromBuiltIn = (entry: LibraryText): CurrentEntry => ({
  ...entry,
  source: 'built-in',
  version: 1,
  retired: false,
  updatedAt: null,
});

/** One entry of an organization's library at its current version, or null when it has none. */
export async function findEntry(db: Db, orgId: string, entryId: string) {
  const row = await db
    .selectFrom('libraryEntries')
    .select(entryColumns)
    .where('orgId', '=', orgId)
    .where('id', '=', entryId)
    .executeTakeFirst();
  if (row) return fromRow(row);
  const builtIn = builtInEntry(entryId);
  return builtIn ? fromBuiltIn(builtIn) : null;
}

/** Like `findEntry`, but 404 when the library holds no such entry. */
export async function requireEntry(db: Db, orgId: string, entryId: string) {
  const entry = await findEntry(db, orgId, entryId);
  if (!entry) throw notFound('No such entry in this library.');
  return entry;
}

/** How many times each of the entries was chosen in the organization. */
export async function chosenCounts(db: Db, orgId: string, entryIds: readonly string[]) {
  const counts = new Map<string, number>();
  if (entryIds.length === 0) return counts;
  const rows = await db
    .selectFrom('libraryChoices')
    .select(['entryId', 'count'])
    .where('orgId', '=', orgId)
    .where('entryId', 'in', [...entryIds])
    .execute();
  for (const row of rows) counts.set(row.entryId, Number(row.count));
  return counts;
}

/**
 * A page of the organization's library: its own entries, then the built-in ones (each at the
 * organization's version where it changed one), by id; one kind or both, matching the search,
 * live or retired. An organization's library is small (the built-in ~120 entries and its own),
 * so it is read whole and filtered here, the same on both databases.
 */
export async function listLibrary(db: Db, orgId: string, userId: string, query: LibraryQuery) {
  await requireLibraryUser(db, orgId, userId);
  const rows = await db
    .selectFrom('libraryEntries')
    .select(entryColumns)
    .where('orgId', '=', orgId)
    .execute();
  const own = new Map(rows.map((row) => [row.id, fromRow(row)]));
  const all = [
    ...BUILT_IN_ENTRIES.map((entry) => own.get(entry.id) ?? fromBuiltIn(entry)),
    ...[...own.values()].filter((entry) => entry.source === 'organization'),
  ];
  const retired = query.retired === 'true';
  const matching = all
    .filter(
      (entry) =>
        entry.retired === retired &&
        (query.kind === undefined || entry.kind === query.kind) &&
        (query.cursor === undefined || compareEntryIds(entry.id, query.cursor) > 0) &&
        matchesLibraryQuery(entry, query.q),
    )
    .sort((a, b) => compareEntryIds(a.id, b.id))
    .slice(0, query.limit + 1);
  const page = toPage(matching, query.limit, 'entry', (entry) => entry.id);
  const counts = await chosenCounts(
    db,
    orgId,
    page.items.map((entry) => entry.id),
  );
  return { ...page, counts };
}

/** One entry with its count and whether the caller curates the library; 404 when none. */
export async function entryDetail(db: Db, orgId: string, userId: string, entryId: string) {
  const role = await requireLibraryUser(db, orgId, userId);
  const entry = await requireEntry(db, orgId, entryId);
  const counts = await chosenCounts(db, orgId, [entryId]);
  return { entry, chosenCount: counts.get(entryId) ?? 0, canCurate: canCurateLibrary(role) };
}

export type VersionRow = {
  version: number;
  change: 'built-in' | 'created' | 'edited' | 'retired' | 'restored';
  title: string;
  body: string;
  theme: string | null;
  schedule: SuggestedSchedule | null;
  changedBy: { id: string; name: string } | null;
  proposedBy: { id: string; name: string } | null;
  changedAt: string | null;
};

/** A person named in the library (a proposer, a curator), or null once their account is gone. */
export const person = (id: string | null, name: string | null) =>
  id !== null && name !== null ? { id, name } : null;

/**
 * A page of an entry's history, newest version first. A built-in entry's first version is its
 * built-in text, by nobody and at no time; the organization's versions follow from 2.
 */
export async function entryHistory(
  db: Db,
  orgId: string,
  userId: string,
  entryId: string,
  query: z.infer<typeof LibraryHistoryQuery>,
) {
  await requireLibraryUser(db, orgId, userId);
  await requireEntry(db, orgId, entryId);
  let select = db
    .selectFrom('libraryVersions as v')
    .leftJoin('users as changer', 'changer.id', 'v.changedBy')
    .leftJoin('users as proposer', 'proposer.id', 'v.proposedBy')
    .select([
      'v.version',
      'v.change',
      'v.title',
      'v.body',
      'v.theme',
      'v.schedule',
      'changer.id as changerId',
      'changer.name as changerName',
      'proposer.id as proposerId',
      'proposer.name as proposerName',
      'v.changedAt',
    ])
    .where('v.orgId', '=', orgId)
    .where('v.entryId', '=', entryId)
    .orderBy('v.version', 'desc')
    .limit(query.limit + 1);
  if (query.cursor !== undefined) select = select.where('v.version', '<', query.cursor);
  const rows: VersionRow[] = (await select.execute()).map((row) => ({
    version: Number(row.version),
    change: row.change,
    title: row.title,
    body: row.body,
    theme: row.theme,
    schedule: parseSchedule(row.schedule),
    changedBy: person(row.changerId, row.changerName),
    proposedBy: person(row.proposerId, row.proposerName),
    changedAt: row.changedAt,
  }));
  const builtIn = builtInEntry(entryId);
  const reachesStart = rows.length <= query.limit;
  if (builtIn && reachesStart && (query.cursor === undefined || query.cursor > 1)) {
    rows.push({
      version: 1,
      change: 'built-in',
      title: builtIn.title,
      body: builtIn.body,
      theme: builtIn.theme,
      schedule: builtIn.schedule,
      changedBy: null,
      proposedBy: null,
      changedAt: null,
    });
  }
  return toPage(rows, query.limit, 'version', (row) => row.version);
}

export const proposalColumns = [
  'p.id',
  'p.status',
  'p.entryId',
  'p.entryTitle',
  'p.kind',
  'p.title',
  'p.body',
  'p.theme',
  'p.schedule',
  'p.note',
  'p.proposedBy',
  'proposer.name as proposerName',
  'p.createdAt',
  'p.decidedBy',
  'decider.name as deciderName',
  'p.decidedAt',
  'p.decisionNote',
  'p.baseVersion',
  'current.version as currentVersion',
] as const;

function selectProposals(db: Db, orgId: string) {
  return db
    .selectFrom('libraryProposals as p')
    .leftJoin('users as proposer', 'proposer.id', 'p.proposedBy')
    .leftJoin('users as decider', 'decider.id', 'p.decidedBy')
    .leftJoin('libraryEntries as current', (j) =>
      j.onRef('current.orgId', '=', 'p.orgId').onRef('current.id', '=', 'p.entryId'),
    )
    .select(proposalColumns)
    .where('p.orgId', '=', orgId);
}

export type ProposalRow = Awaited<
  ReturnType<ReturnType<typeof selectProposals>['executeTakeFirstOrThrow']>
>;

/** One proposal of the organization, for its proposer or a curator; 404 for anyone else. */
export async function findProposal(db: Db, orgId: string, userId: string, proposalId: string) {
  const role = await requireLibraryUser(db, orgId, userId);
  const row = await selectProposals(db, orgId).where('p.id', '=', proposalId).executeTakeFirst();
  if (!row || !canReadProposal(role, row.proposedBy === userId)) {
    throw notFound('No such proposal.');
  }
  return row;
}

/**
 * A page of proposals: `open` — every open one, oldest first, for curators (others get 403);
 * `mine` — the caller's own in any status, newest first. Curators default to `open`, members
 * to `mine`.
 */
export async function listProposals(db: Db, orgId: string, userId: string, query: ProposalQuery) {
  const role = await requireLibraryUser(db, orgId, userId);
  const scope = query.scope ?? (canCurateLibrary(role) ? 'open' : 'mine');
  let select = selectProposals(db, orgId).limit(query.limit + 1);
  if (scope === 'open') {
    if (!canCurateLibrary(role)) {
      throw forbidden('curators_only', 'Only facilitators and admins see every open proposal.');
    }
    select = select.where('p.status', '=', 'open').orderBy('p.id');
    if (query.cursor !== undefined) select = select.where('p.id', '>', query.cursor);
  } else {
    select = select.where('p.proposedBy', '=', userId).orderBy('p.id', 'desc');
    if (query.cursor !== undefined) select = select.where('p.id', '<', query.cursor);
  }
  return toPage(await select.execute(), query.limit, 'id', (row) => row.id);
}
