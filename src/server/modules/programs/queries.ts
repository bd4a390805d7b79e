import type { Selectable } from 'kysely';
import type { Role } from '../../../core/access-policy';
import { toPage } from '../../../core/pagination';
import { canManagePrograms, canReadRoster, canSeePrograms } from '../../../core/program-policy';
import { programWeek } from '../../../core/programs';
import type { ProgramListQuery, RosterQuery, MyEnrollment } from '../../../contracts/programs';
import type { PageQuery } from '../../../contracts/common';
import { compiledOnce } from '../../db/compiled-once';
import type { Db } from '../../db/database';
import { orgRoleOf } from '../../db/memberships';
import type { ProgramItemsTable, ProgramSessionsTable, ProgramsTable } from '../../db/schema';
import { forbidden, notFound } from '../../errors';
import { findEntry } from '../library/queries';

export const programColumns = [
  'programs.id',
  'programs.orgId',
  'programs.title',
  'programs.description',
  'programs.startDate',
  'programs.endDate',
  'programs.seats',
  'programs.status',
  'programs.createdAt',
  'programs.updatedAt',
] as const;
export type ProgramRow = Omit<Selectable<ProgramsTable>, 'nextSeq' | 'createdBy'>;
export type SessionRow = Omit<Selectable<ProgramSessionsTable>, 'createdAt' | 'updatedAt'>;
export type ItemRow = Omit<Selectable<ProgramItemsTable>, 'createdAt' | 'updatedAt'> & {
  /** Whether the organization's own library holds the entry the item was picked from. */
  heldByOrg: unknown;
};

/** A program with how many hold a seat and wait, and where the viewer stands. */
export type ProgramFacts = {
  row: ProgramRow;
  enrolledCount: number;
  waitlistCount: number;
  me: MyEnrollment;
  role: Role | null;
};

/** Where a caller stands towards a program: the program and their role in its organization. */
export async function standingIn(db: Db, programId: string, userId: string) {
  const row = await db
    .selectFrom('programs')
    .select(programColumns)
    .where('id', '=', programId)
    .executeTakeFirst();
  if (!row) return null;
  return { row, role: await orgRoleOf(db, row.orgId, userId) };
}

/** A program the caller may see (anyone in its organization), or 404: existence is not revealed. */
export async function requireVisibleProgram(db: Db, programId: string, userId: string) {
  const standing = await standingIn(db, programId, userId);
  if (!standing || !canSeePrograms(standing.role)) throw notFound('No such program.');
  return standing;
}

/** A program the caller runs (a facilitator or admin of its organization); 403 to other members. */
export async function requireManagedProgram(db: Db, programId: string, userId: string) {
  const standing = await requireVisibleProgram(db, programId, userId);
  if (!canManagePrograms(standing.role)) {
    throw forbidden('not_facilitator', 'Only facilitators and admins change programs.');
  }
  return standing;
}

/** The caller's role in an organization they belong to, or 404. */
export async function requireOrgMember(db: Db, orgId: string, userId: string) {
  const role = await orgRoleOf(db, orgId, userId);
  if (!canSeePrograms(role)) throw notFound('No such organization.');
  return role;
}

/** How many hold a seat and how many wait, per program. */
async function countsOf(db: Db, programIds: string[]) {
  if (programIds.length === 0) return () => ({ enrolled: 0, waitlisted: 0 });
  const rows = await db
    .selectFrom('programEnrollments')
    .select(['programId', 'status', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('programId', 'in', programIds)
    .where('status', 'in', ['enrolled', 'waitlisted'])
    .groupBy(['programId', 'status'])
    .execute();
  return (id: string) => ({
    enrolled: Number(rows.find((r) => r.programId === id && r.status === 'enrolled')?.n ?? 0),
    waitlisted: Number(rows.find((r) => r.programId === id && r.status === 'waitlisted')?.n ?? 0),
  });
}

/** Where a person stands in each program: a seat, a place on the waitlist, or nothing. */
async function enrollmentsOf(db: Db, userId: string, programIds: string[]) {
  if (programIds.length === 0) return () => ({ status: null, waitlistPosition: null });
  const rows = await db
    .selectFrom('programEnrollments as mine')
    .select([
      'mine.programId',
      'mine.status',
      (eb) =>
        eb
          .selectFrom('programEnrollments as ahead')
          .select((e) => e.fn.countAll<string | number>().as('n'))
          .whereRef('ahead.programId', '=', 'mine.programId')
          .where('ahead.status', '=', 'waitlisted')
          .whereRef('ahead.seq', '<=', 'mine.seq')
          .as('position'),
    ])
    .where('mine.userId', '=', userId)
    .where('mine.programId', 'in', programIds)
    .where('mine.status', 'in', ['enrolled', 'waitlisted'])
    .execute();
  return (id: string): MyEnrollment => {
    const row = rows.find((r) => r.programId === id);
    if (!row || row.status === 'withdrawn') return { status: null, waitlistPosition: null };
    return {
      status: row.status,
      waitlistPosition: row.status === 'waitlisted' ? Number(row.position) : null,
    };
  };
}

/** Programs with their counts and the viewer's place, in the order given. */
export async function factsOf(
  db: Db,
  userId: string,
  rows: { row: ProgramRow; role: Role | null }[],
): Promise<ProgramFacts[]> {
  const ids = rows.map((r) => r.row.id);
  const [counts, mine] = await Promise.all([countsOf(db, ids), enrollmentsOf(db, userId, ids)]);
  return rows.map(({ row, role }) => {
    const c = counts(row.id);
    return { row, role, enrolledCount: c.enrolled, waitlistCount: c.waitlisted, me: mine(row.id) };
  });
}

/**
 * A page of an organization's programs, by start date then id (earliest first); with
 * `libraryEntryId`, only those whose curriculum holds that entry of the organization's library
 * (404 when its library holds no such entry: another organization's, or none at all).
 */
export async function listOrgPrograms(
  db: Db,
  orgId: string,
  userId: string,
  query: ProgramListQuery,
) {
  const role = await requireOrgMember(db, orgId, userId);
  let select = db
    .selectFrom('programs')
    .select(programColumns)
    .where('orgId', '=', orgId)
    .orderBy('startDate')
    .orderBy('id')
    .limit(query.limit + 1);
  if (query.status !== 'all') select = select.where('status', '=', query.status);
  const entryId = query.libraryEntryId;
  if (entryId !== undefined) {
    if (!(await findEntry(db, orgId, entryId))) throw notFound('No such entry in this library.');
    select = select.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('programItems')
          .select('programItems.id')
          .whereRef('programItems.programId', '=', 'programs.id')
          .where('programItems.libraryEntryId', '=', entryId),
      ),
    );
  }
  const cursor = query.cursor;
  if (cursor !== undefined) {
    select = select.where((eb) =>
      eb.or([
        eb('startDate', '>', cursor.date),
        eb.and([eb('startDate', '=', cursor.date), eb('id', '>', cursor.id)]),
      ]),
    );
  }
  const page = toPage(await select.execute(), query.limit, 'dated', (r) => ({
    date: r.startDate,
    id: r.id,
  }));
  return {
    items: await factsOf(
      db,
      userId,
      page.items.map((row) => ({ row, role })),
    ),
    nextCursor: page.nextCursor,
  };
}

/** A program's sessions by date and time, and its curriculum by week. */
export async function programParts(db: Db, programId: string) {
  const [sessions, curriculum] = await Promise.all([
    db
      .selectFrom('programSessions')
      .select([
        'id',
        'programId',
        'date',
        'time',
        'timeZone',
        'durationMinutes',
        'place',
        'link',
        'agenda',
      ])
      .where('programId', '=', programId)
      .orderBy('date')
      .orderBy('time')
      .orderBy('id')
      .execute(),
    selectItems(db).where('programId', '=', programId).orderBy('week').orderBy('id').execute(),
  ]);
  return { sessions, curriculum };
}

export const selectItems = (db: Db) =>
  db
    .selectFrom('programItems')
    .select(['id', 'programId', 'week', 'kind', 'title', 'body', 'libraryEntryId'])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('libraryEntries')
            .select('libraryEntries.id')
            .whereRef('libraryEntries.id', '=', 'programItems.libraryEntryId')
            .where(
              'libraryEntries.orgId',
              '=',
              eb
                .selectFrom('programs')
                .select('programs.orgId')
                .whereRef('programs.id', '=', 'programItems.programId'),
            ),
        )
        .as('heldByOrg'),
    );

/** One curriculum item of a program, or 404. */
export async function findItem(db: Db, programId: string, itemId: string) {
  const item = await selectItems(db)
    .where('programId', '=', programId)
    .where('id', '=', itemId)
    .executeTakeFirst();
  if (!item) throw notFound('No such curriculum item.');
  return item;
}

/**
 * A page of a program's roster — who holds a seat, or who waits — in queue order, by name only.
 * The cursor is the last enrollment shown; the page goes on from its place in the queue.
 */
export async function rosterPage(db: Db, programId: string, userId: string, query: RosterQuery) {
  const { role } = await requireVisibleProgram(db, programId, userId);
  if (!canReadRoster(role)) {
    throw forbidden('not_facilitator', 'Only facilitators and admins see who enrolled.');
  }
  let select = db
    .selectFrom('programEnrollments as e')
    .innerJoin('users', 'users.id', 'e.userId')
    .select([
      'e.id',
      'e.userId',
      'users.name',
      'e.status',
      'e.seq',
      'e.joinedAt',
      'e.enrolledAt',
      (eb) =>
        eb
          .selectFrom('programEnrollments as ahead')
          .select((x) => x.fn.countAll<string | number>().as('n'))
          .whereRef('ahead.programId', '=', 'e.programId')
          .whereRef('ahead.status', '=', 'e.status')
          .whereRef('ahead.seq', '<=', 'e.seq')
          .as('position'),
    ])
    .where('e.programId', '=', programId)
    .where('e.status', '=', query.list)
    .orderBy('e.seq')
    .limit(query.limit + 1);
  const cursor = query.cursor;
  if (cursor !== undefined) {
    select = select.where('e.seq', '>', (eb) =>
      eb
        .selectFrom('programEnrollments as last')
        .select('last.seq')
        .where('last.id', '=', cursor)
        .where('last.programId', '=', programId),
    );
  }
  return toPage(await select.execute(), query.limit, 'id', (r) => r.id);
}

/** A page of the programs I hold a seat in or wait for, newest enrollment first. */
export async function myProgramsPage(db: Db, userId: string, query: PageQuery) {
  let select = db
    .selectFrom('programEnrollments as e')
    .innerJoin('programs', 'programs.id', 'e.programId')
    .innerJoin('orgMembers', (join) =>
      join.onRef('orgMembers.orgId', '=', 'programs.orgId').on('orgMembers.userId', '=', userId),
    )
    .select([...programColumns, 'e.id as enrollmentId', 'orgMembers.role'])
    .where('e.userId', '=', userId)
    .where('e.status', 'in', ['enrolled', 'waitlisted'])
    .orderBy('e.id', 'desc')
    .limit(query.limit + 1);
  if (query.cursor !== undefined) select = select.where('e.id', '<', query.cursor);
  const page = toPage(await select.execute(), query.limit, 'id', (r) => r.enrollmentId);
  const facts = await factsOf(
    db,
    userId,
    page.items.map(({ enrollmentId: _, role, ...row }) => ({ row, role })),
  );
  return {
    items: page.items.map((r, i) => ({ enrollmentId: r.enrollmentId, facts: facts[i]! })),
    nextCursor: page.nextCursor,
  };
}

const programsRunning = compiledOnce((db: Db, userId: string, today: string) =>
  db
    .selectFrom('programEnrollments as e')
    .innerJoin('programs', 'programs.id', 'e.programId')
    .innerJoin('orgMembers', (join) =>
      join.onRef('orgMembers.orgId', '=', 'programs.orgId').on('orgMembers.userId', '=', userId),
    )
    .select(['programs.id', 'programs.title', 'programs.startDate', 'programs.endDate'])
    .where('e.userId', '=', userId)
    .where('e.status', '=', 'enrolled')
    .where('programs.startDate', '<=', today)
    .where('programs.endDate', '>=', today)
    .orderBy('programs.startDate')
    .orderBy('programs.id')
    .limit(20),
);

/**
 * This week's curriculum of each program where a person holds a seat now (and is still in its
 * organization), for their Today page: the program week their `today` falls in.
 */
export async function programWeeksFor(db: Db, userId: string, today: string) {
  const programs = await programsRunning(db, userId, today);
  const weeks = programs.map((p) => ({ ...p, week: programWeek(p.startDate, p.endDate, today)! }));
  if (weeks.length === 0) return [];
  const items = await selectItems(db)
    .where(
      'programId',
      'in',
      weeks.map((w) => w.id),
    )
    .orderBy('week')
    .orderBy('id')
    .execute();
  return weeks.map((w) => ({
    program: w,
    items: items.filter((i) => i.programId === w.id && i.week === w.week),
  }));
}

/** The organization's name, for the flyer. */
export async function orgNameOf(db: Db, orgId: string) {
  const row = await db.selectFrom('orgs').select('name').where('id', '=', orgId).executeTakeFirst();
  return row?.name ?? '';
}
