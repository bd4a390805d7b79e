import { addDays, localDate } from '../../../core/calendar';
import { zonedInstant as sessionStart } from '../../../core/programs';
import { firesOn, type ReminderDays } from '../../../core/reminders';
import type { CalendarFeedStatus } from '../../../contracts/reminders';
import type { Db } from '../../db/database';
import { type CalendarEvent, sessionEvent } from '../../lib/icalendar';
import { sha256 } from '../../lib/secrets';
import { daysOf } from '../../reminders/rules';
import { myMeetings } from '../../db/one-on-one-meetings';

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** Whether I have a feed, and since when. */
export async function readFeedStatus(db: Db, userId: string): Promise<CalendarFeedStatus> {
  const row = await db
    .selectFrom('calendarFeeds')
    .select('createdAt')
    .where('userId', '=', userId)
    .executeTakeFirst();
  return { active: row !== undefined, createdAt: row?.createdAt ?? null };
}

/** The person a feed secret belongs to, or null (an unknown or revoked secret). */
export async function feedOwner(db: Db, secret: string): Promise<string | null> {
  const row = await db
    .selectFrom('calendarFeeds')
    .select('userId')
    .where('secretHash', '=', sha256(secret))
    .executeTakeFirst();
  return row?.userId ?? null;
}

/** RRULE of a reminder's days. */
function ruleOf(days: ReminderDays): string {
  return days.type === 'daily'
    ? 'FREQ=DAILY'
    : `FREQ=WEEKLY;BYDAY=${days.days.map((d) => BYDAY[d - 1]).join(',')}`;
}

const TITLES = {
  practice: 'Praxis: time for your practice',
  reflection: 'Praxis: time for your daily reflection',
  review: 'Praxis: time for your weekly review',
};

/**
 * The events of my feed: each reminder as an event repeating on its days at its local time (with
 * its zone), the meetings of my open 1:1 spaces, and the sessions of the programs I hold a seat
 * in. Reminders are named by kind only, never by a practice's name, and a 1:1 only as "1:1 with
 * <name>" (no title, place or agenda): the feed leaves Praxis for whatever calendar reads it.
 */
export async function feedEvents(db: Db, userId: string, baseUrl: string) {
  const person = await db
    .selectFrom('users')
    .select('timeZone')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const timeZone = person.timeZone;
  const reminders = await db
    .selectFrom('reminders as r')
    .leftJoin('practices as p', 'p.id', 'r.practiceId')
    .select([
      'r.target',
      'r.practiceId',
      'r.time',
      'r.weekday',
      'r.createdAt',
      'p.schedule',
      'p.archivedAt',
    ])
    .where('r.userId', '=', userId)
    .orderBy('r.target')
    .execute();
  const events: CalendarEvent[] = [];
  for (const reminder of reminders) {
    if (reminder.practiceId && reminder.archivedAt !== null) continue;
    const days = daysOf({ ...reminder, timeZone, schedule: reminder.schedule ?? null });
    if (days.type === 'weekdays' && days.days.length === 0) continue;
    // The first of its days from the day it was set: DTSTART is the first occurrence.
    let date = localDate(reminder.createdAt, timeZone);
    while (!firesOn(days, date)) date = addDays(date, 1);
    const kind = reminder.practiceId ? 'practice' : (reminder.target as 'reflection' | 'review');
    const path = reminder.practiceId
      ? `/practices/${reminder.practiceId}`
      : kind === 'review'
        ? '/review'
        : '/today';
    events.push({
      uid: `${userId}.${reminder.target.replace(':', '.')}@praxis.reminders`,
      title: TITLES[kind],
      start: 0,
      zoned: { date, time: reminder.time, timeZone },
      duration: { minutes: 15 },
      recurrenceRule: ruleOf(days),
      url: `${baseUrl}${path}`,
      description: `Open in Praxis: ${baseUrl}${path}`,
      transp: 'TRANSPARENT',
    });
  }
  for (const meeting of await myMeetings(db, userId)) {
    const url = `${baseUrl}/one-on-ones/${meeting.spaceId}`;
    events.push({
      uid: `${meeting.spaceId}.meeting@praxis.one-on-ones`,
      title: `1:1 with ${meeting.otherName}`,
      start: 0,
      zoned: { date: meeting.date, time: meeting.time, timeZone: meeting.timeZone },
      duration: { minutes: meeting.durationMinutes },
      ...(meeting.repeatWeeks === null
        ? {}
        : { recurrenceRule: `FREQ=WEEKLY;INTERVAL=${meeting.repeatWeeks}` }),
      url,
      description: `Open in Praxis: ${url}`,
    });
  }
  const sessions = await db
    .selectFrom('programEnrollments as e')
    .innerJoin('programs as p', 'p.id', 'e.programId')
    .innerJoin('programSessions as s', 's.programId', 'p.id')
    .select([
      'p.id as programId',
      'p.title',
      's.id',
      's.date',
      's.time',
      's.timeZone',
      's.durationMinutes',
      's.agenda',
      's.link',
      's.place',
    ])
    .where('e.userId', '=', userId)
    .where('e.status', '=', 'enrolled')
    .orderBy('p.id')
    .orderBy('s.date')
    .orderBy('s.time')
    .orderBy('s.id')
    .execute();
  let index = 0;
  sessions.forEach((session, i) => {
    index = i > 0 && sessions[i - 1]!.programId === session.programId ? index + 1 : 0;
    const startsAt = sessionStart(session.date, session.time, session.timeZone);
    events.push(
      sessionEvent(
        session.title,
        { ...session, startsAt },
        index,
        `${baseUrl}/programs/${session.programId}`,
      ),
    );
  });
  return events;
}
