import { IdParams } from '../../../contracts/common';
import {
  MyReminders,
  PracticeReminder,
  PracticeReminderBody,
  UpdateMyRemindersBody,
} from '../../../contracts/reminders';
import { callerId } from '../../http/authenticate';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import { reminderScheduler } from '../../reminders/scheduler';
import { deletePracticeReminder, setPracticeReminder, updateMyReminders } from './commands';
import { readMyReminders } from './queries';

/**
 * Reminders at a local time in my time zone: per practice (on its scheduled days), the daily
 * reflection and the weekly review. Each instance looks for due ones every minute.
 */
export async function reminderRoutes(app: App, deps: ServerDeps) {
  const { db } = deps;
  const scheduler = reminderScheduler(db, {
    onError: (error) => app.log.error({ err: error }, 'reminders: a look failed'),
  });
  app.addHook('onReady', async () => scheduler.start());
  app.addHook('onClose', () => scheduler.stop());

  const route = routeTable(app, 'reminders');
  route.get(
    '/api/me/reminders',
    { summary: 'My reminders and the time zone they follow', reply: MyReminders, errors: [401] },
    async (request) => readMyReminders(db, callerId(request)),
  );
  route.put(
    '/api/me/reminders',
    {
      summary:
        'Set (a local time) or remove (null) the daily reflection and weekly review reminders',
      body: UpdateMyRemindersBody,
      reply: MyReminders,
      errors: [400, 401, 403],
    },
    async (request) => {
      await updateMyReminders(db, callerId(request), request.body);
      return readMyReminders(db, callerId(request));
    },
  );
  route.put(
    '/api/practices/:id/reminder',
    {
      summary: 'Remind me of this practice at a local time on its scheduled days',
      params: IdParams,
      body: PracticeReminderBody,
      reply: PracticeReminder,
      errors: [400, 401, 403, 404],
    },
    async (request) =>
      setPracticeReminder(db, callerId(request), request.params.id, request.body.time),
  );
  route.delete(
    '/api/practices/:id/reminder',
    {
      summary: 'Stop reminding me of this practice',
      params: IdParams,
      status: 204,
      errors: [401, 403, 404],
    },
    async (request) => deletePracticeReminder(db, callerId(request), request.params.id),
  );
}
