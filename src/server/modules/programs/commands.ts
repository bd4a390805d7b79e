import { sql } from 'kysely';
import type {
  CreateProgramBody,
  CurriculumItemBody,
  SessionBody,
  UpdateCurriculumItemBody,
  UpdateProgramBody,
  UpdateSessionBody,
} from '../../../contracts/programs';
import {
  CurriculumItemBody as ItemSchema,
  SessionBody as SessionSchema,
} from '../../../contracts/programs';
import type { Schedule } from '../../../contracts/practices';
import { canEnrollMyself, canManagePrograms } from '../../../core/program-policy';
import { canSetSeats, promotions, statusOnJoining } from '../../../core/programs';
import { type Db, dialectOf } from '../../db/database';
import { raiseInboxItem } from '../../db/inbox';
import { badRequest, conflict, forbidden, notFound } from '../../errors';
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';
import { recordLibraryChoice } from '../library/record-choice';
import { createPractice } from '../practices/commands';
import {
  findItem,
  requireManagedProgram,
  requireOrgMember,
  requireVisibleProgram,
} from './queries';

type Trx = Parameters<Parameters<ReturnType<Db['transaction']>['execute']>[0]>[0];

/**
 * Takes the program row's lock for the rest of the transaction and reads its seats, status and
 * next queue number. PostgreSQL: `SELECT … FOR UPDATE`, so enrollments, withdrawals and seat
 * changes of one program run one after another. SQLite: a write to the row first, which takes
 * the database's write lock at once (one writer at a time), instead of reading under a lock it
 * would have to upgrade later. See docs/decisions/0019-programs-and-seats.md.
 */
async function lockProgram(db: Db, trx: Trx, programId: string) {
  const select = trx
    .selectFrom('programs')
    .select(['seats', 'status', 'nextSeq'])
    .where('id', '=', programId);
  let row;
  if (dialectOf(db) === 'postgres') {
    row = await select.forUpdate().executeTakeFirst();
  } else {
    await trx
      .updateTable('programs')
      .set({ nextSeq: sql`next_seq` })
      .where('id', '=', programId)
      .execute();
    row = await select.executeTakeFirst();
  }
  if (!row) throw notFound('No such program.');
  return row;
}

async function enrolledCount(trx: Trx, programId: string) {
  const row = await trx
    .selectFrom('programEnrollments')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('programId', '=', programId)
    .where('status', '=', 'enrolled')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Gives every free seat to the waitlist, first come first served; under the program's lock. */
async function fillSeats(trx: Trx, programId: string, seats: number) {
  const enrolled = await enrolledCount(trx, programId);
  if (enrolled >= seats) return;
  const waitlist = await trx
    .selectFrom('programEnrollments')
    .select(['id', 'userId'])
    .where('programId', '=', programId)
    .where('status', '=', 'waitlisted')
    .orderBy('seq')
    .limit(seats - enrolled)
    .execute();
  const promoted = promotions(
    seats,
    enrolled,
    waitlist.map((w) => w.id),
  );
  if (promoted.length === 0) return;
  await trx
    .updateTable('programEnrollments')
    .set({ status: 'enrolled', enrolledAt: nowIso() })
    .where('id', 'in', promoted)
    .execute();
  // Who freed the seat is not said: only that it is theirs now.
  await raiseInboxItem(trx, {
    to: waitlist.filter((w) => promoted.includes(w.id)).map((w) => w.userId),
    kind: 'program_seat',
    actorId: null,
    subject: { type: 'program', id: programId },
    url: `/programs/${programId}`,
  });
}

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
    const locked = await lockProgram(db, trx, programId);
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
    await fillSeats(trx, programId, seats);
  });
}

/**
 * Enrolls the caller — only ever the caller — in an open program: a seat while one is free,
 * otherwise the end of the waitlist. Asking again answers where they already stand.
 */
export async function enroll(db: Db, programId: string, userId: string) {
  const { role } = await requireVisibleProgram(db, programId, userId);
  return db.transaction().execute(async (trx) => {
    const program = await lockProgram(db, trx, programId);
    const existing = await trx
      .selectFrom('programEnrollments')
      .select(['id', 'status'])
      .where('programId', '=', programId)
      .where('userId', '=', userId)
      .executeTakeFirst();
    if (existing && existing.status !== 'withdrawn') return existing.status;
    if (!canEnrollMyself(role, program.status)) {
      throw conflict('program_closed', 'This program is closed to new enrollments.');
    }
    const status = statusOnJoining(program.seats, await enrolledCount(trx, programId));
    const now = nowIso();
    const values = {
      status,
      seq: program.nextSeq,
      joinedAt: now,
      enrolledAt: status === 'enrolled' ? now : null,
      withdrawnAt: null,
    };
    await trx
      .updateTable('programs')
      .set({ nextSeq: program.nextSeq + 1 })
      .where('id', '=', programId)
      .execute();
    if (existing) {
      await trx
        .updateTable('programEnrollments')
        .set(values)
        .where('id', '=', existing.id)
        .execute();
    } else {
      await trx
        .insertInto('programEnrollments')
        .values({ id: newId(), programId, userId, ...values })
        .execute();
    }
    return status;
  });
}

/**
 * Withdraws the caller from a program (a seat or the waitlist). A freed seat goes to the first
 * on the waitlist in the same transaction.
 */
export async function withdraw(db: Db, programId: string, userId: string) {
  await requireVisibleProgram(db, programId, userId);
  await db.transaction().execute(async (trx) => {
    const program = await lockProgram(db, trx, programId);
    const mine = await trx
      .selectFrom('programEnrollments')
      .select(['id', 'status'])
      .where('programId', '=', programId)
      .where('userId', '=', userId)
      .where('status', 'in', ['enrolled', 'waitlisted'])
      .executeTakeFirst();
    if (!mine) throw notFound('You are not enrolled in this program.');
    await trx
      .updateTable('programEnrollments')
      .set({ status: 'withdrawn', withdrawnAt: nowIso() })
      .where('id', '=', mine.id)
      .execute();
    if (mine.status === 'enrolled') await fillSeats(trx, programId, program.seats);
  });
}

// ——— Sessions ———

export async function addSession(db: Db, programId: string, userId: string, body: SessionBody) {
  await requireManagedProgram(db, programId, userId);
  const row = sessionRow(programId, body, nowIso());
  await db.insertInto('programSessions').values(row).execute();
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

export async function addItem(db: Db, programId: string, userId: string, body: CurriculumItemBody) {
  await requireManagedProgram(db, programId, userId);
  const row = itemRow(programId, body, nowIso());
  await db.insertInto('programItems').values(row).execute();
  return row.id;
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

// ——— Adopting a practice ———

/** Cuts a text to at most `max` characters, at a word where it can. */
function clip(text: string, max: number) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Makes a curriculum practice one of the caller's own practices: a new private practice owned
 * by them, made by the practices module. Only people holding a seat adopt; nothing about the
 * practice or its check-ins ever reaches the program or its facilitators.
 */
export async function adoptPractice(
  db: Db,
  programId: string,
  userId: string,
  itemId: string,
  schedule: Schedule,
) {
  const { row: program } = await requireVisibleProgram(db, programId, userId);
  const seat = await db
    .selectFrom('programEnrollments')
    .select('id')
    .where('programId', '=', programId)
    .where('userId', '=', userId)
    .where('status', '=', 'enrolled')
    .executeTakeFirst();
  if (!seat) throw forbidden('not_enrolled', 'Enroll in the program to adopt its practices.');
  const item = await findItem(db, programId, itemId);
  if (item.kind !== 'practice') {
    throw badRequest('not_a_practice', 'Only a practice can be adopted.', [
      { path: ['itemId'], message: 'Choose a practice of the curriculum.' },
    ]);
  }
  const { libraryEntryId } = item;
  return db.transaction().execute(async (trx) => {
    const practice = await createPractice(trx, userId, {
      name: clip(item.title, 80),
      description: clip(item.body, 500),
      schedule,
    });
    // A curriculum item picked from the library counts as a choice of that entry (a count only).
    if (libraryEntryId !== null) {
      await recordLibraryChoice(trx, { orgId: program.orgId, entryId: libraryEntryId });
    }
    return practice.id;
  });
}
