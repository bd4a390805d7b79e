import { type SqlBool, sql } from 'kysely';
import { addDays, mondayOfIsoWeek } from '../../../core/calendar';
import type { Db } from '../../db/database';

/**
 * Programs as cohorts of the anonymous dashboard (docs/decisions/0021-statistics-rollups.md):
 * the programs whose dates meet the period, and who held a seat in them. Enrollment rows are kept
 * on withdrawal, so a cohort is everyone who held a seat, and its retention those who stayed.
 */

/** The organization's programs whose dates meet the period's whole weeks, by start date. */
export function periodPrograms(db: Db, orgId: string, weeks: readonly string[]) {
  const first = mondayOfIsoWeek(weeks[0] as string) as string;
  const last = addDays(mondayOfIsoWeek(weeks.at(-1) as string) as string, 6);
  return db
    .selectFrom('programs')
    .select(['id', 'title'])
    .where('orgId', '=', orgId)
    .where('startDate', '<=', last)
    .where('endDate', '>=', first)
    .orderBy('startDate')
    .orderBy('id')
    .execute();
}

/** Held a seat: enrolled now, or enrolled once and withdrawn since (not only waited). */
const heldSeat = sql<SqlBool>`e.enrolled_at is not null and e.status <> 'waitlisted'`;

/**
 * The people who gave up a seat before the program's last day, among `programIds`: they count as
 * having left. Holding the seat still, or withdrawing after the last day, is staying.
 */
export function leavers(db: Db, programIds: string[]) {
  return db
    .selectFrom('programEnrollments as e')
    .innerJoin('programs as pr', 'pr.id', 'e.programId')
    .select('e.userId')
    .where('e.programId', 'in', programIds)
    .where(heldSeat)
    .where('e.status', '=', 'withdrawn')
    .where(sql<SqlBool>`substr(e.withdrawn_at, 1, 10) <= pr.end_date`);
}
