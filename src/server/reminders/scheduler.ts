import type { InboxKind } from '../../contracts/inbox';
import { isoWeekOf, localDate } from '../../core/calendar';
import type { Db } from '../db/database';
import { raiseInboxItem, type InboxSubject } from '../db/inbox';
import { INBOX_MAIL_JOB } from '../mail/inbox-mail';
import { mailContextOf } from '../mail/context';
import { nextFireAt, reminderRows, writeNextFire } from './rules';

/** A firing missed by more than this (the app was down) is not made up for: the next one is. */
export const GRACE_MS = 60 * 60 * 1000;
/** How often each instance looks for due reminders. */
export const TICK_MS = 60 * 1000;
/** How many due reminders one tick takes (the next tick takes the rest). */
const BATCH = 500;

type DueRow = Awaited<ReturnType<ReturnType<typeof reminderRows>['execute']>>[number];

/**
 * The reminders due at `now`, and only those (the `next_fire_at` index): a change of time zone or
 * schedule computes the next instant again when it is made (./refresh.ts).
 */
function dueReminders(db: Db, now: string): Promise<DueRow[]> {
  return reminderRows(db)
    .where('r.nextFireAt', '<=', now)
    .orderBy('r.nextFireAt')
    .limit(BATCH)
    .execute();
}

/** What the reminder tells of, and where it leads. */
function itemOf(row: DueRow): { kind: InboxKind; subject: InboxSubject; url: string } {
  if (row.practiceId) {
    return {
      kind: 'practice_reminder',
      subject: { type: 'practice', id: row.practiceId },
      url: `/practices/${row.practiceId}`,
    };
  }
  if (row.target === 'review') {
    return { kind: 'review_reminder', subject: { type: 'self', id: row.userId }, url: '/review' };
  }
  return { kind: 'reflection_reminder', subject: { type: 'self', id: row.userId }, url: '/today' };
}

/** Whether what the reminder asks for is already done on that local date. */
async function alreadyDone(trx: Db, row: DueRow, date: string): Promise<boolean> {
  if (row.practiceId) {
    const checkIn = await trx
      .selectFrom('practiceCheckins')
      .select('id')
      .where('practiceId', '=', row.practiceId)
      .where('date', '=', date)
      .executeTakeFirst();
    return checkIn !== undefined || row.archivedAt !== null;
  }
  if (row.target === 'review') {
    const review = await trx
      .selectFrom('weeklyReviews')
      .select('id')
      .where('userId', '=', row.userId)
      .where('week', '=', isoWeekOf(date))
      .executeTakeFirst();
    return review !== undefined;
  }
  const reflection = await trx
    .selectFrom('reflections')
    .select('id')
    .where('userId', '=', row.userId)
    .where('date', '=', date)
    .executeTakeFirst();
  return reflection !== undefined;
}

/**
 * Fires one reminder for its local date, once: the claim row (person, target, date) and the
 * inbox item are written in one transaction, so an instance that claims second writes nothing.
 * Returns true when an item was raised.
 */
async function fire(db: Db, row: DueRow, firedAt: number, now: string): Promise<boolean> {
  const date = localDate(firedAt, row.timeZone);
  return db.transaction().execute(async (trx) => {
    const done = await alreadyDone(trx, row, date);
    const claimed = await trx
      .insertInto('reminderFirings')
      .values({
        userId: row.userId,
        target: row.target,
        date,
        firedAt: now,
        outcome: done ? 'done' : 'raised',
      })
      .onConflict((oc) => oc.columns(['userId', 'target', 'date']).doNothing())
      .returning('date')
      .executeTakeFirst();
    if (!claimed || done) return false;
    await raiseInboxItem(trx, { to: [row.userId], actorId: null, ...itemOf(row) });
    return true;
  });
}

/**
 * One look at the reminders at `now`: each due one fires (into the inbox, and to mail by the
 * person's choice) unless done already that day or missed by more than `GRACE_MS`; then its next
 * instant is computed (from the person's zone and the schedule as they are now, should a change
 * have raced the refresh). Safe to run on several instances at once. Returns how many inbox
 * items it raised.
 */
export async function fireDueReminders(db: Db, at: Date): Promise<number> {
  const now = at.toISOString();
  const nowMs = at.getTime();
  let raised = 0;
  for (const row of await dueReminders(db, now)) {
    const facts = {
      time: row.time,
      weekday: row.weekday,
      timeZone: row.timeZone,
      schedule: row.practiceId ? row.practiceSchedule : null,
    };
    const stale = row.zone !== row.timeZone || row.schedule !== facts.schedule;
    const dueAt = stale ? nextFireAt(facts, nowMs - GRACE_MS) : row.nextFireAt;
    const dueMs = dueAt === null ? null : Date.parse(dueAt);
    if (dueMs !== null && dueMs <= nowMs && nowMs - dueMs <= GRACE_MS) {
      if (await fire(db, row, dueMs, now)) raised += 1;
    }
    const next = dueMs !== null && dueMs > nowMs ? dueAt : nextFireAt(facts, nowMs);
    await writeNextFire(
      db,
      row,
      { nextFireAt: next, zone: row.timeZone, schedule: facts.schedule },
      { sameZone: true },
    );
  }
  if (raised > 0) {
    const { jobs, mail } = mailContextOf(db);
    if (mail) await jobs.send(INBOX_MAIL_JOB, {});
  }
  return raised;
}

export type ReminderScheduler = {
  /** One look at the reminders at the clock's now (tests call it after moving the clock). */
  tick(): Promise<number>;
  start(): void;
  /** Stops looking and waits for a running look. */
  stop(): Promise<void>;
};

/**
 * Looks at the reminders every minute (each instance; firing is claimed once per reminder and
 * date). The clock is injectable: tests move it instead of waiting.
 *
 * @example
 * let now = new Date('2027-03-28T00:59:00Z');
 * const scheduler = reminderScheduler(db, { clock: () => now });
 * await scheduler.tick(); now = new Date('2027-03-28T01:00:00Z'); await scheduler.tick();
 */
export function reminderScheduler(
  db: Db,
  options: { clock?: () => Date; onError?: (error: unknown) => void } = {},
): ReminderScheduler {
  const clock = options.clock ?? (() => new Date());
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    const look = running.then(() => fireDueReminders(db, clock()));
    running = look.catch(() => undefined);
    return look;
  };
  const schedule = () => {
    if (stopped) return;
    const wait = TICK_MS - (Date.now() % TICK_MS);
    timer = setTimeout(() => {
      tick().catch((error: unknown) => options.onError?.(error));
      schedule();
    }, wait);
    timer.unref();
  };
  return {
    tick,
    start: () => {
      stopped = false;
      if (!timer) schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
