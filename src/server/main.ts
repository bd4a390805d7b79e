import { buildApp } from './app';
import { databaseOptions, openDatabase } from './db/database';
import { migrateToLatest } from './db/migrate';
import { ConfigError, loadEnv } from './env';
import { inProcessQueue } from './jobs/in-process';
import { pgBossQueue } from './jobs/pg-boss';

/** Starts Praxis: configuration, database migrations, then the HTTP server. */
async function main() {
  const env = loadEnv(process.env);
  const db = openDatabase(databaseOptions(env));
  await migrateToLatest(db);
  // Mail and other background work: pg-boss on PostgreSQL, in this process on SQLite.
  const jobs = env.databaseUrl ? pgBossQueue(env.databaseUrl) : inProcessQueue();
  const app = await buildApp({ db, env, mail: env.mail, jobs });
  const shutdown = async () => {
    await app.close();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen({ port: env.port, host: env.host });
  const where = env.databaseUrl ? 'PostgreSQL' : `SQLite in ${env.dataDir}`;
  app.log.info(`Praxis is ready at ${env.baseUrl} (data: ${where})`);
  if (!env.mail) app.log.info('Mail is off: set PRAXIS_SMTP_URL and PRAXIS_MAIL_FROM to send mail');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Praxis cannot start.\n${error.message}`);
  } else {
    console.error('Praxis could not start:', error);
  }
  process.exit(1);
});
