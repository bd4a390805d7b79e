import type { Db } from '../db/database';
import type { JobQueue } from '../jobs/queue';
import type { MailService } from './mailer';

/** What the app gives background work: its queue, and mail when configured. */
export type MailContext = { jobs: JobQueue; mail: MailService | null };

const contexts = new WeakMap<Db, MailContext>();

/** Binds the app's database to its queue and mail (once, when the app is built). */
export function bindMailContext(db: Db, context: MailContext): void {
  contexts.set(db, context);
}

/** The queue and mail of the app this database belongs to (the app's `db`, not a transaction). */
export function mailContextOf(db: Db): MailContext {
  const context = contexts.get(db);
  if (!context) throw new Error('no job queue is bound to this database (see bindMailContext)');
  return context;
}
