import { addDays, dateOfDay, dayNumber, isoWeekday, isoWeekOf } from '../../core/calendar';
import { EMOTIONS } from '../../core/emotions';
import { summarizeCheckIns } from '../../core/check-in-summary';
import { type CheckIn, type Schedule, weekdayOfDay } from '../../core/practice';
import type { ThemedSession } from '../../core/learning-themes';
import { summaryRow } from '../db/check-in-summaries';
import type { PersonActivity } from '../../core/statistics';
import type { Batch } from './batch';
import { type Random, seededId } from './random';
import { ASPIRATIONS, LEARNING, PRACTICES, reflectionBody, VALUES } from './words';

/** One seeded person as the rest of the organization needs to know them. */
export type SeedPerson = {
  id: string;
  name: string;
  email: string;
  timeZone: string;
  createdAt: string;
  /** The first day of their history and the last (yesterday: nothing is dated in the future). */
  firstDay: string;
  lastDay: string;
  /** How steadily they keep their habits, 0–1. */
  diligence: number;
  aspirationIds: string[];
  /** The life domain of each aspiration, in the order of `aspirationIds`. */
  aspirationDomains: string[];
};

/** An instant on a calendar date that falls on that date in every seeded time zone. */
export function instantOn(date: string, random: Random): string {
  const minutes = random.int(0, 119);
  const hh = String(11 + Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  const ss = String(random.int(0, 59)).padStart(2, '0');
  return `${date}T${hh}:${mm}:${ss}.${String(random.int(0, 999)).padStart(3, '0')}Z`;
}

const json = (value: unknown) => JSON.stringify(value);

/**
 * What a person's statistics are computed from, gathered while their rows are made: what
 * `personWeeks` reads, and the learning sessions with their items' themes (decision 0046).
 */
export type Activity = { -readonly [K in keyof PersonActivity]: PersonActivity[K][number][] } & {
  themedLearning: ThemedSession[];
};

/** Their purpose, ranked values and aspirations with revisions, assessments and steps. */
function vision(batch: Batch, random: Random, person: SeedPerson, activity: Activity) {
  const start = person.firstDay;
  const at = instantOn(start, random);
  batch.add('purposeRevisions', {
    id: seededId(random, at),
    userId: person.id,
    text: 'To help the people around me grow, and to keep growing myself.',
    at,
  });
  const values = random.sample(VALUES, random.int(3, 5));
  const valueIds = values.map(([name, description], rank) => {
    const id = seededId(random, at);
    batch.add('personalValues', {
      id,
      userId: person.id,
      name,
      description,
      rank,
      createdAt: at,
      updatedAt: at,
    });
    return { id, name };
  });
  const count = person.aspirationIds.length;
  for (const [index, [domain, title, text]] of random.sample(ASPIRATIONS, count).entries()) {
    const createdAt = instantOn(addDays(start, random.int(0, 6)), random);
    const id = seededId(random, createdAt);
    person.aspirationIds[index] = id;
    person.aspirationDomains[index] = domain;
    const visionLevel = random.int(7, 10);
    let level = random.int(1, 5);
    let updatedAt = createdAt;
    const revisions = [
      { at: createdAt, visionLevel, vision: text as string, reason: null as string | null },
    ];
    if (random.chance(0.3)) {
      const later = instantOn(addDays(createdAt.slice(0, 10), random.int(20, 60)), random);
      if (later.slice(0, 10) <= person.lastDay) {
        revisions.push({
          at: later,
          visionLevel,
          vision: `${text}, and enjoy it`,
          reason: 'Clearer now.',
        });
      }
    }
    for (const revision of revisions) {
      batch.add('visionRevisions', {
        id: seededId(random, revision.at),
        aspirationId: id,
        ...revision,
        createdAt: revision.at,
      });
      activity.visions.push({
        aspirationId: id,
        at: revision.at,
        visionLevel: revision.visionLevel,
      });
    }
    // Reality is looked at about monthly, and mostly moves toward the vision.
    for (
      let day = createdAt.slice(0, 10);
      day <= person.lastDay;
      day = addDays(day, random.int(20, 40))
    ) {
      const assessedAt = day === createdAt.slice(0, 10) ? createdAt : instantOn(day, random);
      level = Math.max(0, Math.min(visionLevel, level + random.pick([-1, 0, 1, 1, 1])));
      batch.add('realityAssessments', {
        id: seededId(random, assessedAt),
        aspirationId: id,
        at: assessedAt,
        level,
        evidence: random.chance(0.5) ? 'What I saw this month.' : '',
        createdAt: assessedAt,
      });
      activity.assessments.push({ aspirationId: id, date: day, at: assessedAt, level });
      updatedAt = assessedAt;
    }
    for (let s = 0; s < random.int(1, 3); s += 1) {
      batch.add('actionSteps', {
        id: seededId(random, createdAt),
        aspirationId: id,
        text: random.pick([
          'Ask for feedback',
          'Block an hour on Fridays',
          'Find a mentor',
          'Sign up',
        ]),
        doneAt: random.chance(0.4) ? updatedAt : null,
        createdAt,
      });
    }
    batch.add('aspirations', {
      id,
      userId: person.id,
      title,
      domain,
      vision: revisions.at(-1)!.vision,
      visionLevel,
      status: 'active',
      statusNote: null,
      createdAt,
      updatedAt,
    });
  }
  return valueIds;
}

/** The chance of doing a practice on a day: steady people more, weekends and lapses less. */
function doneChance(person: SeedPerson, schedule: Schedule, weekday: number, streak: number) {
  const base = schedule.type === 'weekly' ? (schedule.times / 7) * 1.1 : person.diligence;
  const weekend = weekday >= 6 ? 0.8 : 1;
  const momentum = streak > 0 ? 1.1 : streak < -3 ? 0.6 : 1;
  return Math.min(0.97, base * weekend * momentum);
}

const SCHEDULES: Schedule[] = [
  { type: 'daily' },
  { type: 'daily' },
  { type: 'weekly', times: 3 },
  { type: 'weekdays', days: [1, 2, 3, 4, 5] },
];

function practices(
  batch: Batch,
  random: Random,
  person: SeedPerson,
  count: number,
  valueIds: { id: string }[],
  activity: Activity,
) {
  for (const [name, description] of random.sample(PRACTICES, count)) {
    const startDate = addDays(person.firstDay, random.int(0, 14));
    const createdAt = instantOn(startDate, random);
    const id = seededId(random, createdAt);
    const schedule = random.pick(SCHEDULES);
    const checkIns: CheckIn[] = [];
    let streak = 0;
    // Day numbers, not date strings: a date is written only for the days checked in.
    const last = dayNumber(person.lastDay);
    for (let day = dayNumber(startDate); day <= last; day += 1) {
      const weekday = weekdayOfDay(day);
      if (schedule.type === 'weekdays' && !schedule.days.includes(weekday)) continue;
      let status: CheckIn['status'] | null = null;
      if (random.chance(doneChance(person, schedule, weekday, streak))) status = 'done';
      else if (random.chance(0.04)) status = 'skipped';
      streak = status === 'done' ? Math.max(1, streak + 1) : Math.min(-1, streak - 1);
      if (!status) continue;
      const date = dateOfDay(day);
      const at = instantOn(date, random);
      checkIns.push({ date, status });
      batch.add('practiceCheckins', {
        id: seededId(random, at),
        practiceId: id,
        date,
        status,
        note: random.chance(0.05) ? 'Short one today.' : null,
        createdAt: at,
        updatedAt: at,
      });
    }
    batch.add('practices', {
      id,
      userId: person.id,
      name,
      description,
      schedule: json(schedule),
      aspirationId: person.aspirationIds.length > 0 ? random.pick(person.aspirationIds) : null,
      valueId: random.chance(0.5) ? random.pick(valueIds).id : null,
      startDate,
      archivedAt: null,
      createdAt,
      updatedAt: createdAt,
    });
    const summary = summarizeCheckIns(schedule, checkIns);
    if (summary) batch.add('checkInSummaries', summaryRow(id, summary));
    activity.practices.push({ id, schedule, startDate, checkIns });
  }
}

/** Daily reflections (every day for `everyDay`, else as often as their habit goes) and moods. */
function journal(
  batch: Batch,
  random: Random,
  person: SeedPerson,
  everyDay: boolean,
  activity: Activity,
) {
  const habit = everyDay ? 1 : random.around(0.45, 0.8, 0.05, 0.95);
  const last = dayNumber(person.lastDay);
  for (let day = dayNumber(person.firstDay); day <= last; day += 1) {
    const date = dateOfDay(day);
    if (random.chance(habit)) {
      const at = instantOn(date, random);
      const withMood = random.chance(0.4);
      batch.add('reflections', {
        id: seededId(random, at),
        userId: person.id,
        kind: random.chance(0.85) ? 'daily' : 'free',
        title: random.chance(0.2) ? 'A note to self' : '',
        body: reflectionBody(random),
        promptId: null,
        moodPleasantness: withMood ? random.int(-5, 5) : null,
        moodEnergy: withMood ? random.int(-5, 5) : null,
        emotions: json(withMood ? random.sample(EMOTIONS, random.int(1, 2)) : []),
        tags: json(random.chance(0.2) ? [random.pick(['work', 'home', 'health'])] : []),
        form: null,
        at,
        date,
        createdAt: at,
        updatedAt: at,
      });
      activity.reflectionDates.push(date);
    }
    if (random.chance(0.25)) {
      const at = instantOn(date, random);
      batch.add('moodCheckins', {
        id: seededId(random, at),
        userId: person.id,
        at,
        date,
        pleasantness: random.int(-5, 5),
        energy: random.int(-5, 5),
        emotions: json(random.sample(EMOTIONS, random.int(0, 2))),
      });
    }
  }
}

function learning(batch: Batch, random: Random, person: SeedPerson, activity: Activity) {
  for (const [kind, title, source] of random.sample(LEARNING, random.int(1, 4))) {
    const startedOn = addDays(person.firstDay, random.int(0, 30));
    if (startedOn > person.lastDay) continue;
    const createdAt = instantOn(startedOn, random);
    const id = seededId(random, createdAt);
    const finishedOn = random.chance(0.4) ? addDays(startedOn, random.int(20, 90)) : null;
    const done = finishedOn !== null && finishedOn <= person.lastDay;
    batch.add('learningItems', {
      id,
      userId: person.id,
      kind,
      title,
      source,
      url: null,
      status: done ? 'done' : 'in_progress',
      insights: done ? 'What stayed with me: **small steps, often**.' : '',
      startedOn,
      finishedOn: done ? finishedOn : null,
      createdAt,
      updatedAt: createdAt,
    });
    const themes: string[] = [];
    if (person.aspirationIds.length > 0) {
      const aspirationId = random.pick(person.aspirationIds);
      themes.push(person.aspirationDomains[person.aspirationIds.indexOf(aspirationId)]!);
      batch.add('learningItemAspirations', { learningItemId: id, aspirationId });
    }
    const end = done ? finishedOn : person.lastDay;
    for (let date = startedOn; date <= end; date = addDays(date, random.int(3, 10))) {
      const minutes = random.int(15, 90);
      batch.add('learningSessions', {
        id: seededId(random, instantOn(date, random)),
        learningItemId: id,
        date,
        minutes,
        note: '',
        createdAt: instantOn(date, random),
      });
      activity.learning.push({ date, minutes, kind });
      activity.themedLearning.push({ date, minutes, themes });
    }
  }
}

/** Weekly reviews on some Sundays, rating each value 0–10. */
function reviews(
  batch: Batch,
  random: Random,
  person: SeedPerson,
  values: { id: string; name: string }[],
  activity: Activity,
) {
  if (!random.chance(0.4)) return;
  for (
    let date = addDays(person.firstDay, 7 - isoWeekday(person.firstDay));
    date <= person.lastDay;
    date = addDays(date, 7)
  ) {
    if (!random.chance(0.6)) continue;
    const at = instantOn(date, random);
    const id = seededId(random, at);
    const week = isoWeekOf(date);
    batch.add('weeklyReviews', {
      id,
      userId: person.id,
      week,
      wentWell: 'Kept the mornings.',
      learned: '',
      focus: 'Rest more.',
      createdAt: at,
      updatedAt: at,
    });
    const ratings = values.map((value, position) => {
      const rating = random.int(3, 10);
      batch.add('weeklyReviewRatings', {
        id: seededId(random, at),
        reviewId: id,
        valueId: value.id,
        valueName: value.name,
        rating,
        evidence: '',
        position,
      });
      return rating;
    });
    activity.reviews.push({ week, ratings });
  }
}

/** Everything one person wrote and did; returns what their statistics are computed from. */
export function seedPersonContent(
  batch: Batch,
  random: Random,
  person: SeedPerson,
  shape: { practices: number; everyDay: boolean },
): Activity {
  const activity: Activity = {
    reflectionDates: [],
    practices: [],
    learning: [],
    feedbackRequestedDates: [],
    feedbackGivenDates: [],
    assessments: [],
    visions: [],
    reviews: [],
    themedLearning: [],
  };
  const values = vision(batch, random, person, activity);
  practices(batch, random, person, shape.practices, values, activity);
  journal(batch, random, person, shape.everyDay, activity);
  learning(batch, random, person, activity);
  reviews(batch, random, person, values, activity);
  return activity;
}
