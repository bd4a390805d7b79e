import path from 'node:path';
import { openDatabase } from '../../src/server/db/database';
import { sha256 } from '../../src/server/lib/secrets';
import { todayOf } from '../../src/server/modules/today/queries';
import { type Kind, prepareDatabase } from './databases';

/** `node --cpu-prof --import tsx bench/runner/today-loop.ts`: todayOf in a loop, to profile it alone. */
const kind = (process.argv[2] ?? 'sqlite') as Kind;
const database = await prepareDatabase(kind, { people: 12, days: 200, writers: 1 });
const db = openDatabase(
  kind === 'sqlite'
    ? { kind, file: path.join(database.env.PRAXIS_DATA_DIR!, 'praxis.db') }
    : { kind, url: database.env.DATABASE_URL! },
);
const { userId } = await db
  .selectFrom('sessions')
  .select('userId')
  .where('id', '=', sha256(database.todayPerson.cookie.split('=')[1]!))
  .executeTakeFirstOrThrow();
const began = process.cpuUsage();
for (let i = 0; i < 1500; i += 1) await todayOf(db, userId);
const used = process.cpuUsage(began);
console.log(`todayOf: ${((used.user + used.system) / 1500 / 1000).toFixed(3)} ms CPU each`);
await db.destroy();
await database.drop();
