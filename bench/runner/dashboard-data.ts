import { sql } from 'kysely';
import { addDays } from '../../src/core/calendar';
import type { CheckIn, Schedule } from '../../src/core/practice';
import { MAX_PERIOD_WEEKS, type PersonWeek, personWeeks } from '../../src/core/statistics';
import { withRunningSums } from '../../src/core/statistics-summary';
import { rebuildStatisticsSummary } from '../../src/server/db/statistics-summary-rebuild';

type CheckInRow = CheckIn & { practiceId: string };
import { type Db, dialectOf } from '../../src/server/db/database';

/**
 * The organization of bench case 3, generated inside the database: `people` members of one
 * organization in teams, each with two practices (daily, and three times a week) and
 * `checkInsPerPerson` check-ins over the year before `today`. Every row is a pure function of
 * its numbers (no randomness), so two runs and two engines hold the same organization.
 *
 * Human-ish: each person checks in at their own pace (every day to every other day), some
 * started late in the year, some stopped weeks ago, about one check-in in 17 is a skip; 70 % of
 * people chose to contribute, 10 % chose not to, 20 % were never asked; teams are 5–60 people,
 * and every 10th team has only 3 or 4 (fewer than k: suppressed).
 */
export type OrgShape = { people: number; checkInsPerPerson: number; today: string };

export const BENCH_ORG = 'BENCHORG';
/** Person 0: the organization's admin, who asks for the dashboard. */
export const adminId = () => userId(0);
const userId = (n: number) => `u${String(n).padStart(7, '0')}`;
const DAILY: Schedule = { type: 'daily' };
const THRICE: Schedule = { type: 'weekly', times: 3 };

/** The dialect's pieces of the generating SQL. */
function dialect(db: Db) {
  const pg = dialectOf(db) === 'postgres';
  return {
    pg,
    pad: (expr: string, width: number) =>
      pg ? `lpad((${expr})::text, ${width}, '0')` : `printf('%0${width}d', ${expr})`,
    /** The date `expr` days before `today`, as text. */
    daysBefore: (today: string, expr: string) =>
      pg
        ? `to_char(date '${today}' - (${expr})::int, 'YYYY-MM-DD')`
        : `date('${today}', '-' || (${expr}) || ' days')`,
    /** Integers 0..n-1 as a table `name(n)`. */
    series: (name: string, n: number) =>
      pg
        ? `${name} as (select g as n from generate_series(0, ${n - 1}) g)`
        : `${name}(n) as (select 0 union all select n + 1 from ${name} where n < ${n - 1})`,
    recursive: pg ? 'with' : 'with recursive',
  };
}

/** A well-mixed 0..modulo-1 from a person's number and a salt (64-bit integer arithmetic). */
const hash = (expr: string, salt: number, modulo: number) =>
  `((((${expr}) * 2654435761 + ${salt * 40503}) % 4294967291) % ${modulo})`;

/** Team of person n: runs of 5–60 people; every 10th team is 3 or 4 people. */
export function teamsOf(people: number): { start: number; size: number }[] {
  const teams: { start: number; size: number }[] = [];
  let start = 1;
  for (let t = 0; start < people; t += 1) {
    const size = t % 10 === 9 ? 3 + (Math.floor(t / 10) % 2) : 5 + ((t * 37) % 56);
    teams.push({ start, size: Math.min(size, people - start) });
    start += size;
  }
  return teams;
}

async function run(db: Db, text: string) {
  await sql.raw(text).execute(db);
}

/** Inserts the organization: people, membership, teams, consents, practices, check-ins. */
export async function generateOrganization(db: Db, shape: OrgShape): Promise<void> {
  const d = dialect(db);
  const now = `${shape.today}T12:00:00.000Z`;
  const start = addDays(shape.today, -7 * MAX_PERIOD_WEEKS);
  const P = shape.people;
  const people = d.series('p', P);
  await run(
    db,
    `${d.recursive} ${people} insert into users (id, email, name, password_hash, time_zone, created_at, updated_at)
     select 'u' || ${d.pad('n', 7)}, 'bench' || n || '@example.com', 'Person ' || n, 'x', 'UTC', '${now}', '${now}' from p`,
  );
  await run(
    db,
    `insert into orgs (id, name, min_group_size, created_at, updated_at) values ('${BENCH_ORG}', 'Bench Org', 5, '${now}', '${now}')`,
  );
  await run(
    db,
    `${d.recursive} ${people} insert into org_members (org_id, user_id, role, joined_at)
     select '${BENCH_ORG}', 'u' || ${d.pad('n', 7)}, case when n = 0 then 'admin' else 'member' end, '${now}' from p`,
  );
  const teams = teamsOf(P);
  for (let i = 0; i < teams.length; i += 500) {
    const chunk = teams.slice(i, i + 500);
    await db
      .insertInto('teams')
      .values(
        chunk.map((_, j) => ({
          id: `t${String(i + j).padStart(6, '0')}`,
          orgId: BENCH_ORG,
          name: `Team ${i + j}`,
          vision: '',
          createdAt: now,
          updatedAt: now,
        })),
      )
      .execute();
    await run(
      db,
      `insert into team_members (team_id, user_id, role, joined_at) values ${chunk
        .flatMap((t, j) =>
          Array.from(
            { length: t.size },
            (_, k) =>
              `('t${String(i + j).padStart(6, '0')}', '${userId(t.start + k)}', 'member', '${now}')`,
          ),
        )
        .join(',')}`,
    );
  }
  // 70 % contribute, 10 % chose not to, 20 % were never asked (no row).
  await run(
    db,
    `${d.recursive} ${people} insert into statistics_consents (org_id, user_id, contribute, decided_at)
     select '${BENCH_ORG}', 'u' || ${d.pad('n', 7)}, case when ${hash('n', 1, 10)} < 7 then 1 else 0 end, '${now}'
     from p where ${hash('n', 1, 10)} < 8`,
  );
  const dailySchedule = JSON.stringify(DAILY);
  const thriceSchedule = JSON.stringify(THRICE);
  await run(
    db,
    `${d.recursive} ${people} insert into practices (id, user_id, name, description, schedule, start_date, created_at, updated_at)
     select 'p' || ${d.pad('n', 7)} || x.k, 'u' || ${d.pad('n', 7)}, x.name, '', x.schedule, '${start}', '${now}', '${now}'
     from p cross join (select 'a' as k, 'Morning pages' as name, '${dailySchedule}' as schedule
                        union all select 'b', 'Walk and listen', '${thriceSchedule}') x`,
  );
  if (dialectOf(db) === 'postgres')
    await withoutCheckInIndexes(db, (c) => generateCheckIns(c, shape));
  else await generateCheckIns(db, shape);
}

/**
 * PostgreSQL: runs `insert` with the check-ins' keys, unique constraint, foreign key and indexes
 * dropped, then puts each back from its own definition — built once from sorted rows and
 * checked once, instead of three B-trees and a foreign-key probe per row (the 20 M rows of
 * 100,000 people took 31 minutes that way). The bench's fresh database only.
 */
async function withoutCheckInIndexes(pool: Db, insert: (db: Db) => Promise<void>) {
  // One connection throughout: `maintenance_work_mem` is the session's.
  await pool.connection().execute(async (db) => {
    const constraints = await sql<{ name: string; definition: string }>`
    select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
    where conrelid = 'practice_checkins'::regclass and contype in ('p', 'u', 'f')
    order by contype = 'f', contype`.execute(db);
    const indexes = await sql<{ name: string; definition: string }>`
    select indexname as name, indexdef as definition from pg_indexes
    where tablename = 'practice_checkins' and indexname not in (
      select conname from pg_constraint where conrelid = 'practice_checkins'::regclass)`.execute(
      db,
    );
    for (const c of constraints.rows) {
      await run(db, `alter table practice_checkins drop constraint ${c.name}`);
    }
    for (const i of indexes.rows) await run(db, `drop index ${i.name}`);
    await insert(db);
    await run(db, `set maintenance_work_mem = '512MB'`);
    for (const c of constraints.rows) {
      await run(db, `alter table practice_checkins add constraint ${c.name} ${c.definition}`);
    }
    for (const i of indexes.rows) await run(db, i.definition);
  });
}

/**
 * The check-ins, in one statement: check-in i of person n is on day `lead + ⌊i · pace⌋` of the
 * year counted back from yesterday, where pace is 1.00–1.79 days per check-in and lead is 0 for
 * most people, 20–79 days for those who stopped a while ago; even ones to the daily practice,
 * odd ones to the three-times-a-week one (one person never checks in twice a day).
 */
async function generateCheckIns(db: Db, shape: OrgShape) {
  const d = dialect(db);
  const C = shape.checkInsPerPerson;
  const now = `${shape.today}T12:00:00.000Z`;
  const pace = `(100 + ${hash('p.n', 2, 80)})`;
  const lead = `(case when ${hash('p.n', 3, 6)} = 0 then 20 + ${hash('p.n', 4, 60)} else 0 end)`;
  const back = `(1 + ${lead} + (${C - 1} - i.n) * ${pace} / 100)`;
  await run(
    db,
    `${d.recursive} ${d.series('p', shape.people)}, ${d.series('i', C)}
     insert into practice_checkins (id, practice_id, date, status, note, created_at, updated_at)
     select 'c' || ${d.pad('p.n', 7)} || ${d.pad('i.n', 4)},
            'p' || ${d.pad('p.n', 7)} || case when i.n % 2 = 0 then 'a' else 'b' end,
            ${d.daysBefore(shape.today, back)},
            case when ${hash('p.n * 7919 + i.n', 5, 17)} = 0 then 'skipped' else 'done' end,
            null, '${now}', '${now}'
     from p cross join i` /* people the outer loop on SQLite: rows arrive in key order */,
  );
}

/**
 * The rollups, built as `recordActivity` builds them (`personWeeks` over each person's own
 * rows) for everyone at once: people are read a thousand at a time, their weeks written in
 * batches. Only check-ins exist in this organization, so the other inputs are empty.
 */
export async function buildRollups(db: Db, shape: OrgShape): Promise<number> {
  const since = addDays(shape.today, -7 * MAX_PERIOD_WEEKS);
  let written = 0;
  for (let first = 0; first < shape.people; first += 1000) {
    const last = Math.min(shape.people, first + 1000);
    const { practices, checkIns } = await rawRows(db, userId(first), userId(last));
    const rows = [...checkInWeeks(practices, checkIns, since, shape.today)].flatMap(
      ([user, weeks]) => withRunningSums(weeks).map((week) => ({ userId: user, ...week })),
    );
    for (let i = 0; i < rows.length; i += 2000) {
      await db
        .insertInto('statisticsWeeks')
        .values(rows.slice(i, i + 2000))
        .execute();
    }
    written += rows.length;
  }
  // Written in bulk past `recordActivity`: the atoms' summary is built from them, as migration
  // 0040 builds it from the rollups it finds.
  await rebuildStatisticsSummary(db);
  return written;
}

/** The practices and check-ins of the people whose ids are in [from, to), from the raw rows. */
export async function rawRows(db: Db, from: string, to: string) {
  const practiceId = (user: string) => `p${user.slice(1)}`;
  const [practices, checkIns] = await Promise.all([
    db
      .selectFrom('practices')
      .select(['id', 'userId', 'schedule', 'startDate'])
      .where('userId', '>=', from)
      .where('userId', '<', to)
      .execute(),
    db
      .selectFrom('practiceCheckins')
      .select(['practiceId', 'date', 'status'])
      .where('practiceId', '>=', practiceId(from))
      .where('practiceId', '<', practiceId(to))
      .orderBy('practiceId')
      .orderBy('date')
      .execute(),
  ]);
  return { practices, checkIns };
}

function groupBy<T>(list: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Each person's weeks from their practices and check-ins, by `personWeeks` as `recordActivity`
 * computes them (only check-ins exist in the bench organization, so the rest is empty).
 */
export function checkInWeeks(
  practices: readonly { id: string; userId: string; schedule: string; startDate: string }[],
  checkIns: readonly { practiceId: string; date: string; status: string }[],
  since: string,
  today: string,
): Map<string, PersonWeek[]> {
  const byPractice = groupBy(checkIns as readonly CheckInRow[], (c) => c.practiceId);
  const weeks = new Map<string, PersonWeek[]>();
  for (const [user, own] of groupBy(practices, (p) => p.userId)) {
    const activity = {
      reflectionDates: [],
      practices: own.map((p) => ({
        id: p.id,
        schedule: JSON.parse(p.schedule) as Schedule,
        startDate: p.startDate,
        checkIns: byPractice.get(p.id) ?? [],
      })),
      learning: [],
      feedbackRequestedDates: [],
      feedbackGivenDates: [],
      assessments: [],
      visions: [],
      reviews: [],
    };
    weeks.set(user, personWeeks(activity, since, today).weeks);
  }
  return weeks;
}
