import { PostgresAdapter, sql } from 'kysely';
import { canEnrollMyself } from '../../../core/program-policy';
import { promotions, statusOnJoining } from '../../../core/programs';
import type { Db } from '../../db/database';
import { raiseInboxItem } from '../../db/inbox';
import { forgetKeptDashboards } from '../../db/kept-dashboards';
import { refreshContributor } from '../../db/statistics-summary';
import { conflict, notFound } from '../../errors';
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';
import { requireVisibleProgram } from './queries';

/**
 * Who holds a seat: enrolling, withdrawing, and the program lock every such decision takes
 * (docs/decisions/0019-programs-and-seats.md).
 */

export type Trx = Parameters<Parameters<ReturnType<Db['transaction']>['execute']>[0]>[0];

/**
 * Takes the program row's lock for the rest of the transaction and reads its seats, status and
 * next queue number. PostgreSQL: `SELECT … FOR UPDATE`, so enrollments, withdrawals and seat
 * changes of one program run one after another. SQLite: a write to the row first, which takes
 * the database's write lock at once (one writer at a time), instead of reading under a lock it
 * would have to upgrade later. See docs/decisions/0019-programs-and-seats.md.
 */
export async function lockProgram(trx: Trx, programId: string) {
  const select = trx
    .selectFrom('programs')
    .select(['orgId', 'seats', 'status', 'nextSeq'])
    .where('id', '=', programId);
  let row;
  // The transaction's own adapter tells the engine (it may be an account's or org's transaction).
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
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

export async function enrolledCount(trx: Trx, programId: string) {
  const row = await trx
    .selectFrom('programEnrollments')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('programId', '=', programId)
    .where('status', '=', 'enrolled')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Gives every free seat to the waitlist, first come first served; under the program's lock. */
export async function fillSeats(trx: Trx, programId: string, seats: number) {
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
  for (const userId of waitlist.filter((w) => promoted.includes(w.id)).map((w) => w.userId)) {
    await refreshContributor(trx, userId);
  }
  // Who freed the seat is not said: only that it is theirs now.
  await raiseInboxItem(trx, {
    to: waitlist.filter((w) => promoted.includes(w.id)).map((w) => w.userId),
    kind: 'program_seat',
    actorId: null,
    subject: { type: 'program', id: programId },
    url: `/programs/${programId}`,
  });
}

/**
 * Enrolls the caller — only ever the caller — in an open program: a seat while one is free,
 * otherwise the end of the waitlist. Asking again answers where they already stand.
 */
export async function enroll(db: Db, programId: string, userId: string) {
  const { role } = await requireVisibleProgram(db, programId, userId);
  return db.transaction().execute(async (trx) => {
    const program = await lockProgram(trx, programId);
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
    await refreshContributor(trx, userId);
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
    const program = await lockProgram(trx, programId);
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
    // Leaving before the last day counts against the cohort's retention.
    await forgetKeptDashboards(trx, program.orgId);
    if (mine.status === 'enrolled') await fillSeats(trx, programId, program.seats);
  });
}
