import fc from 'fast-check';
import { addDays } from '../src/core/calendar';
import type { CheckIn, Schedule } from '../src/core/practice';

/**
 * Random practice schedules and check-in histories for property tests of strength and streaks
 * (the core formulas, and the summaries the server keeps of them).
 *
 * @example
 * fc.assert(fc.property(scheduleArbitrary, checkInsArbitrary(TODAY), (s, c) => …));
 */
export const scheduleArbitrary: fc.Arbitrary<Schedule> = fc.oneof(
  fc.constant<Schedule>({ type: 'daily' }),
  fc.integer({ min: 1, max: 7 }).map((times) => ({ type: 'weekly' as const, times })),
  fc
    .uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 })
    .map((days) => ({ type: 'weekdays' as const, days })),
);

/**
 * Up to `max` check-ins (mostly done), one per date, within `days` days up to `today`; `dense`
 * draws lengths up to `max` (fast-check's default keeps arrays to about ten).
 */
export const checkInsArbitrary = (today: string, { days = 200, max = 120, dense = false } = {}) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: days }), {
      maxLength: max,
      ...(dense ? { size: 'max' as const } : {}),
    })
    .chain((offsets) =>
      fc.tuple(
        fc.constant(offsets),
        fc.array(fc.constantFrom<'done' | 'skipped'>('done', 'done', 'done', 'skipped'), {
          minLength: offsets.length,
          maxLength: offsets.length,
        }),
      ),
    )
    .map(([offsets, statuses]) =>
      offsets.map((o, i): CheckIn => ({ date: addDays(today, -o), status: statuses[i]! })),
    );
