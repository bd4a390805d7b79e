import { z } from 'zod';
import { CalendarFeed, CalendarFeedParams, CalendarFeedStatus } from '../../../contracts/reminders';
import { notFound } from '../../errors';
import { callerId } from '../../http/authenticate';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import { calendarFile } from '../../lib/icalendar';
import { renewCalendarFeed, revokeCalendarFeed } from './commands';
import { feedEvents, feedOwner, readFeedStatus } from './queries';

/**
 * My calendar feed: a secret address (made anew on each POST, the old one then stops working;
 * only its hash is kept) that any calendar app can subscribe to without signing in, holding my
 * reminders and the sessions of my programs (docs/decisions/0029-reminders-and-calendar-feed.md).
 */
export async function calendarFeedRoutes(app: App, deps: ServerDeps) {
  const { db, baseUrl } = deps;
  const route = routeTable(app, 'calendar');
  route.get(
    '/api/calendar/feed',
    { summary: 'Whether I have a calendar feed', reply: CalendarFeedStatus, errors: [401] },
    async (request) => readFeedStatus(db, callerId(request)),
  );
  route.post(
    '/api/calendar/feed',
    {
      summary: 'Make my calendar feed’s secret address anew (the old one stops working)',
      reply: CalendarFeed,
      status: 201,
      errors: [401, 403],
    },
    async (request) => {
      const secret = await renewCalendarFeed(db, callerId(request));
      return { url: `${baseUrl}/calendar/${secret}.ics` };
    },
  );
  route.delete(
    '/api/calendar/feed',
    { summary: 'Turn my calendar feed off', status: 204, errors: [401, 403] },
    async (request) => revokeCalendarFeed(db, callerId(request)),
  );
  route.get(
    '/calendar/:file',
    {
      summary: 'A calendar feed (iCalendar); its secret is the key, no sign-in',
      params: CalendarFeedParams,
      reply: z.string().describe('text/calendar'),
      access: 'public',
      errors: [404],
    },
    async (request, reply) => {
      const secret = request.params.file.endsWith('.ics')
        ? request.params.file.slice(0, -'.ics'.length)
        : '';
      const owner = secret ? await feedOwner(db, secret) : null;
      if (!owner) throw notFound('No such calendar feed.');
      const events = await feedEvents(db, owner, baseUrl);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .send(await calendarFile(events, { productId: 'praxis/feed', calName: 'Praxis' }));
    },
  );
}
