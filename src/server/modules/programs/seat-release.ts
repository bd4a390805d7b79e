import { nowIso } from '../../lib/time';
import { type Trx, fillSeats, lockProgram } from './enrollment-commands';

/**
 * Releases a person's seats and places in line when they leave an organization (its programs
 * only) or delete their account (every program): each enrollment becomes a withdrawal, and each
 * freed seat goes to the first on that program's waitlist, in the caller's transaction. Programs
 * are locked in id order, so two releases never wait on each other in a circle.
 * See docs/decisions/0019-programs-and-seats.md.
 */
export async function releaseSeats(trx: Trx, userId: string, orgId?: string) {
  let query = trx
    .selectFrom('programEnrollments')
    .innerJoin('programs', 'programs.id', 'programEnrollments.programId')
    .select('programEnrollments.programId')
    .where('programEnrollments.userId', '=', userId)
    .where('programEnrollments.status', 'in', ['enrolled', 'waitlisted']);
  if (orgId !== undefined) query = query.where('programs.orgId', '=', orgId);
  const programIds = [...new Set((await query.execute()).map((r) => r.programId))].sort();
  for (const programId of programIds) {
    const program = await lockProgram(trx, programId);
    await trx
      .updateTable('programEnrollments')
      .set({ status: 'withdrawn', withdrawnAt: nowIso() })
      .where('programId', '=', programId)
      .where('userId', '=', userId)
      .where('status', 'in', ['enrolled', 'waitlisted'])
      .execute();
    await fillSeats(trx, programId, program.seats);
  }
}
