import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sha256 } from '../../src/server/lib/secrets';
import { prepareDatabase } from './databases';

/** Variants of Today's slowest SQLite statements, timed on a bare better-sqlite3 connection. */
const database = await prepareDatabase('sqlite', { people: 12, days: 200, writers: 1 });
const raw = new SQLite(path.join(database.env.PRAXIS_DATA_DIR!, 'praxis.db'));
const { user_id: userId } = raw
  .prepare('select user_id from sessions where id = ?')
  .get(sha256(database.todayPerson.cookie.split('=')[1]!)) as { user_id: string };
const ids = (
  raw.prepare("select id from aspirations where user_id = ? and status = 'active'").all(userId) as {
    id: string;
  }[]
).map((r) => r.id);
const since = new Date(Date.now() - 90 * 86_400_000).toISOString();
const counts = raw
  .prepare(
    `select (select count(*) from reality_assessments where aspiration_id in (${ids.map(() => '?').join(',')})) as a, (select count(*) from reality_assessments) as total`,
  )
  .get(...ids);
console.log('assessments of the person / all:', counts);
const time = (label: string, text: string, params: unknown[]) => {
  const statement = raw.prepare(text);
  let rows = 0;
  for (let i = 0; i < 50; i += 1) rows = statement.all(...params).length;
  const t = performance.now();
  for (let i = 0; i < 500; i += 1) statement.all(...params);
  console.log(`${((performance.now() - t) / 500).toFixed(3)} ms  ${rows} rows  ${label}`);
};
const older = (order: string) =>
  ids
    .map(
      () =>
        `select * from (select id, aspiration_id, at, level, evidence from reality_assessments where aspiration_id = ? and at <= ? order by ${order} limit 2) as t`,
    )
    .join(' union all ');
const inList = ids.map(() => '?').join(', ');
const olderParams = ids.flatMap((id) => [id, since]);
time(
  'as now (window + latest two before it, by at desc, id desc)',
  `select id, aspiration_id, at, level, evidence from reality_assessments where aspiration_id in (${inList}) and at > ? union all ${older('at desc, id desc')}`,
  [...ids, since, ...olderParams],
);
time(
  'same, latest two by at desc only',
  `select id, aspiration_id, at, level, evidence from reality_assessments where aspiration_id in (${inList}) and at > ? union all ${older('at desc')}`,
  [...ids, since, ...olderParams],
);
time(
  'window part alone',
  `select id, aspiration_id, at, level, evidence from reality_assessments where aspiration_id in (${inList}) and at > ?`,
  [...ids, since],
);
time(
  'older: one statement, row_number() over each aspiration',
  `select id, aspiration_id, at, level, evidence from (select id, aspiration_id, at, level, evidence, row_number() over (partition by aspiration_id order by at desc, id desc) as n from reality_assessments where aspiration_id in (${inList}) and at <= ?) where n <= 2`,
  [...ids, since],
);
time('older parts alone', older('at desc, id desc'), olderParams);
time(
  'check-ins: every status',
  `select practice_id, date, status from practice_checkins where practice_id in (select id from practices where user_id = ?) order by practice_id, date`,
  [userId],
);
time(
  'check-ins: one row per practice (group_concat)',
  `select practice_id, group_concat(date || status, ',') from (select practice_id, date, status from practice_checkins where practice_id in (select id from practices where user_id = ?) order by practice_id, date) group by practice_id`,
  [userId],
);
raw.close();
await database.drop();
