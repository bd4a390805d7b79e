import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  type ArchiveRecord,
} from '../src/contracts/portability-archive';
import { addDays, isoWeekOf } from '../src/core/calendar';

/** A small deterministic generator, so the same year comes out every time. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const instant = (date: string, hour = 8) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;

const SENTENCES = [
  'I noticed I reached for the answer before anyone had asked a question.',
  'The stand-up ran long again, and I was the one who kept it going.',
  'Mia tried the deployment on her own; it worked, and I did not check it twice.',
  'I wrote down what I thought but did not say. It was kinder on paper.',
  'A quiet walk after lunch made the afternoon easier than I expected.',
  'I asked “what have you tried?” three times and waited each time.',
  'Tired, but the kind of tired that comes from work that matters.',
  'I said no to a meeting that did not need me. Nobody minded.',
];

/**
 * A Praxis archive of a lived year ending `today`: two aspirations whose vision and reality move
 * over the year, three practices checked in most days, reflections every few days with moods,
 * mood check-ins, and weekly reviews with value ratings — for the year report's charts.
 */
export function yearArchive(today: string) {
  const next = random(7);
  const start = addDays(today, -364);
  const id = (() => {
    let n = 0;
    return () => `y${String((n += 1)).padStart(6, '0')}`;
  })();
  const values: ArchiveRecord<'values'>[] = ['Honesty', 'Courage', 'Care'].map((name, rank) => ({
    id: id(),
    name,
    description: '',
    rank,
    createdAt: instant(start),
    updatedAt: instant(start),
  }));
  const aspiration = (
    title: string,
    vision: [number, number][],
    reality: [number, number][],
  ): ArchiveRecord<'aspirations'> => ({
    id: id(),
    title,
    domain: 'career',
    vision: title,
    visionLevel: vision.at(-1)![1],
    status: 'active',
    statusNote: null,
    createdAt: instant(start),
    updatedAt: instant(start),
    revisions: vision.map(([day, visionLevel]) => ({
      id: id(),
      at: instant(addDays(start, day)),
      vision: title,
      visionLevel,
      reason: null,
      createdAt: instant(addDays(start, day)),
    })),
    assessments: reality.map(([day, level]) => ({
      id: id(),
      at: instant(addDays(start, day), 9),
      level,
      evidence: 'What I saw this month.',
      createdAt: instant(addDays(start, day), 9),
    })),
    actionSteps: [],
  });
  const aspirations = [
    aspiration(
      'Coach, not fix',
      [[0, 8]],
      [
        [2, 3],
        [60, 4],
        [130, 4],
        [200, 6],
        [300, 7],
      ],
    ),
    aspiration(
      'Run a half marathon',
      [
        [10, 9],
        [150, 7],
      ],
      [
        [12, 2],
        [90, 3],
        [180, 5],
        [330, 6],
      ],
    ),
    aspiration('Write every week', [[40, 7]], [[45, 5]]),
  ];
  const practice = (
    name: string,
    schedule: ArchiveRecord<'practices'>['schedule'],
    from: number,
    rate: number,
  ): ArchiveRecord<'practices'> => {
    const checkIns: ArchiveRecord<'practices'>['checkIns'] = [];
    for (let day = from; day < 365; day += 1) {
      const date = addDays(start, day);
      const season = day > 150 && day < 200 ? 0.3 : 0;
      const roll = next();
      if (roll < rate - season || (schedule.type === 'weekly' && roll < 0.1)) {
        checkIns.push({
          id: id(),
          date,
          status: roll < 0.03 ? 'skipped' : 'done',
          note: null,
          createdAt: instant(date, 20),
          updatedAt: instant(date, 20),
        });
      }
    }
    return {
      id: id(),
      name,
      description: '',
      schedule,
      aspirationId: null,
      valueId: null,
      startDate: addDays(start, from),
      archivedAt: null,
      createdAt: instant(addDays(start, from)),
      updatedAt: instant(addDays(start, from)),
      checkIns,
    };
  };
  const practices = [
    practice('Morning pages', { type: 'daily' }, 0, 0.85),
    practice('Walk, no phone', { type: 'weekly', times: 3 }, 30, 0.4),
    practice('Ask before answering', { type: 'weekdays', days: [1, 3, 5] }, 120, 0.5),
  ];
  const reflections: ArchiveRecord<'reflections'>[] = [];
  const moodCheckIns: ArchiveRecord<'moodCheckIns'>[] = [];
  for (let day = 1; day < 365; day += 3) {
    const date = addDays(start, day);
    const length = 1 + Math.floor(next() * 6);
    const body = Array.from(
      { length },
      () => SENTENCES[Math.floor(next() * SENTENCES.length)],
    ).join(' ');
    const pleasantness = Math.round(Math.sin(day / 40) * 3 + next() * 2 - 1);
    reflections.push({
      id: id(),
      kind: 'daily',
      title: `Day ${day}`,
      body,
      promptId: null,
      moodPleasantness: pleasantness,
      moodEnergy: Math.round(Math.cos(day / 50) * 2 + next() * 2 - 1),
      emotions: [],
      tags: ['work'],
      form: null,
      at: instant(date, 21),
      date,
      createdAt: instant(date, 21),
      updatedAt: instant(date, 21),
    });
    moodCheckIns.push({
      id: id(),
      at: instant(date, 12),
      date,
      pleasantness: Math.max(-5, Math.min(5, pleasantness + 1)),
      energy: Math.round(next() * 6 - 2),
      emotions: [],
    });
  }
  const weeklyReviews: ArchiveRecord<'weeklyReviews'>[] = [];
  for (let day = 7; day < 365; day += 7) {
    if (next() < 0.25) continue;
    const date = addDays(start, day);
    weeklyReviews.push({
      id: id(),
      week: isoWeekOf(date),
      wentWell: 'Fewer fixes.',
      learned: 'Silence works.',
      focus: 'Ask first.',
      createdAt: instant(date, 18),
      updatedAt: instant(date, 18),
      ratings: values.map((v, position) => ({
        id: id(),
        valueId: v.id,
        valueName: v.name,
        rating: Math.max(0, Math.min(10, Math.round(5 + day / 120 + next() * 4 - 2))),
        evidence: '',
        position,
      })),
    });
  }
  return {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    exportedAt: instant(today),
    account: {
      name: 'Year',
      email: 'year@example.com',
      timeZone: 'UTC',
      createdAt: instant(start),
    },
    purposeRevisions: [],
    values,
    aspirations,
    practices,
    reflections,
    moodCheckIns,
    reactions: [],
    weeklyReviews,
    beliefs: [],
    learningItems: [],
    promptDeliveries: [],
    shares: [],
  };
}
