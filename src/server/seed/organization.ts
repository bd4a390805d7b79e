import { addDays, daysBetween, isoWeekOf, localDate } from '../../core/calendar';
import { learningByTheme } from '../../core/learning-themes';
import { MAX_PERIOD_WEEKS, personWeeks } from '../../core/statistics';
import { withRunningSums } from '../../core/statistics-summary';
import type { Batch } from './batch';
import { type Activity, instantOn, type SeedPerson, seedPersonContent } from './person';
import { type Random, seededId } from './random';
import {
  FEEDBACK_QUESTIONS,
  FIRST_NAMES,
  LAST_NAMES,
  PROGRAMS,
  TEAM_WORDS,
  TIME_ZONES,
} from './words';

export type SeedOptions = { people: number; days: number; seed: number; now: string };

/** The person every benchmark signs in as: 5 aspirations, 5 practices, a reflection a day. */
export const BENCH_PERSON_INDEX = 0;

const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase();

/** The seeded people, who they are and when they began; their content comes team by team. */
export function seedPeople(
  batch: Batch,
  random: Random,
  options: SeedOptions,
  passwordHash: string,
) {
  const people: SeedPerson[] = [];
  for (let i = 0; i < options.people; i += 1) {
    const r = random.fork(i);
    const first = r.pick(FIRST_NAMES);
    const last = r.pick(LAST_NAMES);
    const timeZone = i === BENCH_PERSON_INDEX ? 'UTC' : r.pick(TIME_ZONES);
    const lastDay = addDays(localDate(options.now, timeZone), -1);
    const firstDay = addDays(lastDay, -(options.days - 1));
    const createdAt = instantOn(firstDay, r);
    const person: SeedPerson = {
      id: seededId(r, createdAt),
      name: `${first} ${last}`,
      email: `${ascii(first)}.${ascii(last)}.${i}@seed.example`,
      timeZone,
      createdAt,
      firstDay,
      lastDay,
      diligence: i === BENCH_PERSON_INDEX ? 0.8 : r.around(0.55, 0.9, 0.1, 0.95),
      aspirationIds: new Array<string>(i === BENCH_PERSON_INDEX ? 5 : r.int(1, 6)).fill(''),
      aspirationDomains: [],
    };
    people.push(person);
    batch.add('users', {
      id: person.id,
      email: person.email,
      name: person.name,
      passwordHash,
      timeZone,
      createdAt,
      updatedAt: createdAt,
      onboarding: 'done',
    });
  }
  return people;
}

/** Teams of 6 to 10 in people's order, so one team's content is written together. */
export function teamsOf(random: Random, people: SeedPerson[]): SeedPerson[][] {
  const teams: SeedPerson[][] = [];
  for (let i = 0; i < people.length;) {
    const size = random.int(6, 10);
    teams.push(people.slice(i, i + size));
    i += size;
  }
  return teams;
}

/** The organization: members and roles, teams, consent choices, and two programs. */
export function seedOrganization(
  batch: Batch,
  random: Random,
  people: SeedPerson[],
  teams: SeedPerson[][],
) {
  const admin = people[Math.min(1, people.length - 1)]!;
  const at = admin.createdAt;
  const orgId = seededId(random, at);
  batch.add('orgs', {
    id: orgId,
    name: 'Seeded Organization',
    minGroupSize: 5,
    createdAt: at,
    updatedAt: at,
  });
  for (const [i, person] of people.entries()) {
    const role = person === admin ? 'admin' : i % 50 === 25 ? 'facilitator' : 'member';
    batch.add('orgMembers', { orgId, userId: person.id, role, joinedAt: person.createdAt });
    const choice = random.next();
    if (choice < 0.9) {
      batch.add('statisticsConsents', {
        orgId,
        userId: person.id,
        contribute: choice < 0.85 ? 1 : 0,
        decidedAt: person.createdAt,
      });
    }
  }
  for (const [t, members] of teams.entries()) {
    const createdAt = members[0]!.createdAt;
    const teamId = seededId(random, createdAt);
    batch.add('teams', {
      id: teamId,
      orgId,
      name: `${TEAM_WORDS[t % TEAM_WORDS.length]} ${Math.floor(t / TEAM_WORDS.length) + 1}`,
      vision: 'A team that learns faster than the problems change.',
      createdAt,
      updatedAt: createdAt,
      membersMayEditVision: 0,
      visionUpdatedAt: null,
      visionUpdatedBy: null,
      openToJoin: random.chance(0.5) ? 1 : 0,
    });
    for (const [m, person] of members.entries()) {
      const role = m === 0 ? 'leader' : 'member';
      batch.add('teamMembers', { teamId, userId: person.id, role, joinedAt: person.createdAt });
      batch.add('teamMembershipEvents', {
        id: seededId(random, person.createdAt),
        teamId,
        userId: person.id,
        change: m === 0 ? 'joined' : 'added',
        role,
        byUserId: members[0]!.id,
        at: person.createdAt,
      });
    }
  }
  seedPrograms(batch, random, orgId, admin, people);
  return orgId;
}

function seedPrograms(
  batch: Batch,
  random: Random,
  orgId: string,
  admin: SeedPerson,
  people: SeedPerson[],
) {
  for (const [title, description] of PROGRAMS) {
    const createdAt = instantOn(admin.firstDay, random);
    const id = seededId(random, createdAt);
    const startDate = addDays(admin.lastDay, -14);
    const enrolled = random.sample(
      people,
      Math.min(people.length, Math.ceil(people.length * 0.03)),
    );
    const seats = 30;
    batch.add('programs', {
      id,
      orgId,
      title,
      description,
      startDate,
      endDate: addDays(startDate, 41),
      seats,
      status: 'open',
      nextSeq: enrolled.length + 1,
      createdBy: admin.id,
      createdAt,
      updatedAt: createdAt,
    });
    for (let week = 1; week <= 6; week += 1) {
      batch.add('programItems', {
        id: seededId(random, createdAt),
        programId: id,
        week,
        kind: 'prompt',
        title: `Week ${week}`,
        body: 'What did you notice this week?',
        libraryEntryId: null,
        createdAt,
        updatedAt: createdAt,
      });
    }
    for (const offset of [0, 21]) {
      batch.add('programSessions', {
        id: seededId(random, createdAt),
        programId: id,
        date: addDays(startDate, offset),
        time: '09:30',
        timeZone: 'Europe/Berlin',
        durationMinutes: 90,
        place: 'Room 2',
        link: '',
        agenda: 'Check-in, practice, reflection.',
        createdAt,
        updatedAt: createdAt,
      });
    }
    for (const [index, person] of enrolled.entries()) {
      const seq = index + 1;
      const joinedAt = instantOn(addDays(startDate, -7), random);
      batch.add('programEnrollments', {
        id: seededId(random, joinedAt),
        programId: id,
        userId: person.id,
        status: seq <= seats ? 'enrolled' : 'waitlisted',
        seq,
        joinedAt,
        enrolledAt: seq <= seats ? joinedAt : null,
        withdrawnAt: null,
      });
    }
  }
}

/** Colleagues ask their teammates for feedback; some answer, named or (where allowed) not. */
function seedFeedback(
  batch: Batch,
  random: Random,
  team: SeedPerson[],
  activities: Map<string, Activity>,
) {
  for (const requester of team) {
    if (team.length < 2 || !random.chance(0.3)) continue;
    for (let r = 0; r < random.int(1, 2); r += 1) {
      const span = daysBetween(requester.firstDay, requester.lastDay);
      if (span < 10) continue;
      const day = addDays(requester.firstDay, random.int(10, span));
      const createdAt = instantOn(day, random);
      const id = seededId(random, createdAt);
      const anonymity = random.chance(0.3) ? 'allowed' : 'named';
      const expiresAt = new Date(Date.parse(createdAt) + 30 * 86_400_000).toISOString();
      batch.add('feedbackRequests', {
        id,
        requesterId: requester.id,
        question: random.pick(FEEDBACK_QUESTIONS),
        aspirationId: requester.aspirationIds[0] ?? null,
        anonymity,
        expiresAt,
        createdAt,
        closedAt: null,
      });
      activities.get(requester.id)!.feedbackRequestedDates.push(day);
      const colleagues = random.sample(
        team.filter((p) => p !== requester),
        random.int(1, 4),
      );
      for (const giver of colleagues) {
        const answerDay = addDays(day, random.int(1, 7));
        const answers = random.chance(0.6) && answerDay <= giver.lastDay;
        batch.add('feedbackRecipients', {
          id: seededId(random, createdAt),
          requestId: id,
          userId: giver.id,
          email: null,
          tokenHash: null,
          answered: answers ? 1 : 0,
        });
        if (!answers) continue;
        const sbi = {
          situation: 'In the Tuesday planning meeting',
          behavior: 'you summarised before deciding',
          impact: 'everyone knew what we had agreed',
          suggestion: '',
        };
        if (anonymity === 'allowed' && random.chance(0.5)) {
          batch.add('feedbackAnswers', {
            id: `a_${seededId(random, createdAt).slice(10)}`,
            requestId: id,
            giverId: null,
            giverName: null,
            answeredAt: null,
            ...sbi,
          });
        } else {
          const answeredAt = instantOn(answerDay, random);
          batch.add('feedbackAnswers', {
            id: seededId(random, answeredAt),
            requestId: id,
            giverId: giver.id,
            giverName: giver.name,
            answeredAt,
            ...sbi,
          });
          activities.get(giver.id)!.feedbackGivenDates.push(answerDay);
        }
      }
    }
  }
}

/**
 * One team's content: each member's own, the feedback among them, and the person rollups
 * (weeks, learning by kind and by theme) computed from it exactly as `recordActivity` computes
 * them from the rows; the summary per atom comes after, from them (`seedDatabase`).
 */
export function seedTeamContent(
  batch: Batch,
  random: Random,
  team: SeedPerson[],
  people: SeedPerson[],
) {
  const activities = new Map<string, Activity>();
  for (const person of team) {
    const index = people.indexOf(person);
    const bench = index === BENCH_PERSON_INDEX;
    const shape = { practices: bench ? 5 : random.int(1, 5), everyDay: bench };
    activities.set(person.id, seedPersonContent(batch, random.fork(index), person, shape));
  }
  seedFeedback(batch, random, team, activities);
  for (const person of team) addRollups(batch, person, activities.get(person.id)!);
}

function addRollups(batch: Batch, person: SeedPerson, activity: Activity) {
  const today = addDays(person.lastDay, 1);
  const since = addDays(today, -7 * MAX_PERIOD_WEEKS);
  const { weeks, learning } = personWeeks(
    {
      ...activity,
      reflectionDates: activity.reflectionDates.filter((d) => d >= since),
      learning: activity.learning.filter((l) => l.date >= since),
      feedbackRequestedDates: activity.feedbackRequestedDates.filter((d) => d >= since),
      feedbackGivenDates: activity.feedbackGivenDates.filter((d) => d >= since),
      reviews: activity.reviews.filter((r) => r.week >= isoWeekOf(since)),
    },
    since,
    today,
  );
  for (const week of withRunningSums(weeks)) {
    batch.add('statisticsWeeks', { userId: person.id, ...week });
  }
  for (const row of learning) batch.add('statisticsLearning', { userId: person.id, ...row });
  const themed = learningByTheme(
    activity.themedLearning.filter((s) => s.date >= since),
    since,
    today,
  );
  for (const row of themed) batch.add('statisticsLearningThemes', { userId: person.id, ...row });
}
