import type {
  CreateProgramBody,
  CurriculumItemBody,
  CurriculumWeekBody,
  SessionBody,
  UpdateCurriculumItemBody,
  UpdateProgramBody,
  UpdateSessionBody,
} from '../../../contracts/programs';
import {
  CurriculumWeekBody as WeekSchema,
  CurriculumItemBody as ItemSchema,
  MAX_ITEMS,
  MAX_SESSIONS,
  SessionBody as SessionSchema,
} from '../../../contracts/programs';
import { canManagePrograms } from '../../../core/program-policy';
import { canSetSeats } from '../../../core/programs';
import type { Db } from '../../db/database';
import { raiseInboxItem } from '../../db/inbox';
import { forgetKeptDashboards } from '../../db/kept-dashboards';
import { badRequest, forbidden, notFound } from '../../errors';
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';
import { countCurriculumPicks } from './curriculum-picks';
import { type Trx, enrolledCount, fillSeats, lockProgram } from './enrollment-commands';
import { findItem, requireManagedProgram, requireOrgMember } from './queries';

const sessionRow = (programId: string, body: SessionBody, now: string) => {
  const s = SessionSchema.parse(body);
  return {
    id: newId(),
    programId,
    date: s.date,
    time: s.time,
    timeZone: s.timeZone,
    durationMinutes: s.durationMinutes,
    place: s.place,
    link: s.link,
    agenda: s.agenda,
    createdAt: now,
    updatedAt: now,
  };
};

const itemRow = (programId: string, body: CurriculumItemBody, now: string) => {
  const i = ItemSchema.parse(body);
  return {
    id: newId(),
    programId,
    week: i.week,
    kind: i.kind,
    title: i.title,
    body: i.body,
    libraryEntryId: i.libraryEntryId,
    createdAt: now,
    updatedAt: now,
  };
};

/** Creates a program with its sessions and curriculum (facilitators and admins of the org). */
export async function createProgram(
  db: Db,
  orgId: string,
  userId: string,
  body: CreateProgramBody,
) {
  const role = await requireOrgMember(db, orgId, userId);
  if (!canManagePrograms(role)) {
    throw forbidden('not_facilitator', 'Only facilitators and admins create programs.');
  }
  const now = nowIso();
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('programs')
      .values({
        id,
        orgId,
        title: body.title,
        description: body.description ?? '',
        startDate: body.startDate,
        endDate: body.endDate,
        seats: body.seats,
        status: body.status ?? 'open',
        createdBy: userId,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    const sessions = (body.sessions ?? []).map((s) => sessionRow(id, s, now));
    if (sessions.length > 0) await trx.insertInto('programSessions').values(sessions).execute();
    const items = (body.curriculum ?? []).map((i) => itemRow(id, i, now));
    if (items.length > 0) await trx.insertInto('programItems').values(items).execute();
    await countCurriculumPicks(
      trx,
      orgId,
      items.map((i) => i.libraryEntryId),
    );
    // A program is a cohort of the dashboards of the periods its dates meet.
    await forgetKeptDashboards(trx, orgId);
  });
  return id;
}

/**
 * Changes a program. Seats never go below the people holding one now (400
 * `seats_below_enrolled`); more seats promote the waitlist in order, in the same transaction.
 */
export async function updateProgram(
  db: Db,
  programId: string,
  userId: string,
  body: UpdateProgramBody,
) {
  const { row } = await requireManagedProgram(db, programId, userId);
  const startDate = body.startDate ?? row.startDate;
  const endDate = body.endDate ?? row.endDate;
  if (endDate < startDate) {
    throw badRequest('validation_failed', 'End on or after the start.', [
      {
        path: [body.endDate !== undefined ? 'endDate' : 'startDate'],
        message: 'End on or after the start.',
      },
    ]);
  }
  await db.transaction().execute(async (trx) => {
    const locked = await lockProgram(trx, programId);
    const seats = body.seats ?? locked.seats;
    if (body.seats !== undefined) {
      const enrolled = await enrolledCount(trx, programId);
      if (!canSetSeats(body.seats, enrolled)) {
        throw badRequest(
          'seats_below_enrolled',
          `${enrolled} people hold a seat; offer at least as many.`,
          [{ path: ['seats'], message: `Offer at least ${enrolled} seats: people hold them.` }],
        );
      }
    }
    await trx
      .updateTable('programs')
      .set({
        ...(body.title !== undefined ? { title: body.title } : {}),
        ...(body.description !== undefined ? { description: body.description } : {}),
        ...(body.startDate !== undefined ? { startDate: body.startDate } : {}),
        ...(body.endDate !== undefined ? { endDate: body.endDate } : {}),
        ...(body.seats !== undefined ? { seats: body.seats } : {}),
        ...(body.status !== undefined ? { status: body.status } : {}),
        updatedAt: nowIso(),
      })
      .where('id', '=', programId)
      .execute();
    // Its title, dates and seats make the dashboards' cohorts.
    await forgetKeptDashboards(trx, row.orgId);
    await fillSeats(trx, programId, seats);
  });
}

// ——— Sessions ———

/** How many rows of a program a table holds. */
async function countOf(trx: Trx, table: 'programSessions' | 'programItems', programId: string) {
  const row = await trx
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('programId', '=', programId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Adds a session (at most MAX_SESSIONS a program). The people holding a seat find it in their
 * inbox: that a session was added, by whom — nothing of its agenda.
 */
export async function addSession(db: Db, programId: string, userId: string, body: SessionBody) {
  await requireManagedProgram(db, programId, userId);
  const row = sessionRow(programId, body, nowIso());
  await db.transaction().execute(async (trx) => {
    await lockProgram(trx, programId);
    if ((await countOf(trx, 'programSessions', programId)) >= MAX_SESSIONS) {
      throw badRequest('too_many_sessions', `A program holds at most ${MAX_SESSIONS} sessions.`);
    }
    await trx.insertInto('programSessions').values(row).execute();
    const seated = await trx
      .selectFrom('programEnrollments')
      .select('userId')
      .where('programId', '=', programId)
      .where('status', '=', 'enrolled')
      .execute();
    await raiseInboxItem(trx, {
      to: seated.map((s) => s.userId),
      kind: 'program_session',
      actorId: userId,
      subject: { type: 'program', id: programId },
      url: `/programs/${programId}`,
    });
  });
  return row.id;
}

async function requireSession(db: Db, programId: string, sessionId: string) {
  const row = await db
    .selectFrom('programSessions')
    .select('id')
    .where('programId', '=', programId)
    .where('id', '=', sessionId)
    .executeTakeFirst();
  if (!row) throw notFound('No such session.');
}

export async function updateSession(
  db: Db,
  programId: string,
  userId: string,
  sessionId: string,
  body: UpdateSessionBody,
) {
  await requireManagedProgram(db, programId, userId);
  await requireSession(db, programId, sessionId);
  await db
    .updateTable('programSessions')
    .set({
      ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)),
      updatedAt: nowIso(),
    })
    .where('id', '=', sessionId)
    .execute();
}

export async function deleteSession(db: Db, programId: string, userId: string, sessionId: string) {
  await requireManagedProgram(db, programId, userId);
  await requireSession(db, programId, sessionId);
  await db.deleteFrom('programSessions').where('id', '=', sessionId).execute();
}

// ——— Curriculum ———

/** Adds one prompt or practice; one picked from the library counts as a choice of it. */
export async function addItem(db: Db, programId: string, userId: string, body: CurriculumItemBody) {
  const { row: program } = await requireManagedProgram(db, programId, userId);
  const row = itemRow(programId, body, nowIso());
  await db.transaction().execute(async (trx) => {
    await lockProgram(trx, programId);
    if ((await countOf(trx, 'programItems', programId)) >= MAX_ITEMS) {
      throw badRequest('too_many_items', `A curriculum holds at most ${MAX_ITEMS} items.`);
    }
    await trx.insertInto('programItems').values(row).execute();
    await countCurriculumPicks(trx, program.orgId, [row.libraryEntryId]);
  });
  return row.id;
}

/**
 * Sets one week's prompts and practices as a whole, in one transaction: items named by id (of
 * this week) are changed, the others added, and the week's items left out removed. An id that
 * is not an item of this week is 400 `unknown_item`, and nothing is written. An entry newly
 * picked from the library (added, or now on a kept item) counts as a choice of it.
 */
export async function replaceWeek(
  db: Db,
  programId: string,
  userId: string,
  week: number,
  body: CurriculumWeekBody,
) {
  const { row: program } = await requireManagedProgram(db, programId, userId);
  const { items } = WeekSchema.parse(body);
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await lockProgram(trx, programId);
    const existing = await trx
      .selectFrom('programItems')
      .select(['id', 'libraryEntryId'])
      .where('programId', '=', programId)
      .where('week', '=', week)
      .execute();
    const before = new Map(existing.map((e) => [e.id, e.libraryEntryId]));
    const ids = new Set(before.keys());
    const unknown = items.findIndex((i) => i.id !== undefined && !ids.has(i.id));
    if (unknown >= 0) {
      throw badRequest('unknown_item', 'Keep only items of this week.', [
        { path: ['items', unknown, 'id'], message: 'Not an item of this week.' },
      ]);
    }
    const kept = new Set(items.flatMap((i) => (i.id ? [i.id] : [])));
    const removed = [...ids].filter((id) => !kept.has(id));
    if (removed.length > 0)
      await trx.deleteFrom('programItems').where('id', 'in', removed).execute();
    const added = items.filter((i) => i.id === undefined);
    const total = (await countOf(trx, 'programItems', programId)) + added.length;
    if (total > MAX_ITEMS) {
      throw badRequest('too_many_items', `A curriculum holds at most ${MAX_ITEMS} items.`);
    }
    for (const item of items) {
      if (item.id === undefined) continue;
      await trx
        .updateTable('programItems')
        .set({
          kind: item.kind,
          title: item.title,
          body: item.body,
          libraryEntryId: item.libraryEntryId,
          updatedAt: now,
        })
        .where('id', '=', item.id)
        .execute();
    }
    const rows = added.map((item) => itemRow(programId, { ...item, week }, now));
    if (rows.length > 0) await trx.insertInto('programItems').values(rows).execute();
    const picked = items.filter((i) => i.id === undefined || before.get(i.id) !== i.libraryEntryId);
    await countCurriculumPicks(
      trx,
      program.orgId,
      picked.map((i) => i.libraryEntryId),
    );
  });
}

export async function updateItem(
  db: Db,
  programId: string,
  userId: string,
  itemId: string,
  body: UpdateCurriculumItemBody,
) {
  await requireManagedProgram(db, programId, userId);
  await findItem(db, programId, itemId);
  await db
    .updateTable('programItems')
    .set({
      ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)),
      updatedAt: nowIso(),
    })
    .where('id', '=', itemId)
    .execute();
}

export async function deleteItem(db: Db, programId: string, userId: string, itemId: string) {
  await requireManagedProgram(db, programId, userId);
  await findItem(db, programId, itemId);
  await db.deleteFrom('programItems').where('id', '=', itemId).execute();
}
