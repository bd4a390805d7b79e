import { MailTokenParams } from '../../../contracts/account-mail';
import {
  NotificationPreferences,
  UnsubscribeInfo,
  UpdateNotificationPreferencesBody,
} from '../../../contracts/notifications';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../errors';
import { callerId } from '../../http/authenticate';
import { invalidUnsubscribePage, unsubscribePage } from '../../mail/unsubscribe-page';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import { DIGEST_JOB, sendDigests } from '../../mail/digest';
import { INBOX_MAIL_JOB, mailInboxItems } from '../../mail/inbox-mail';
import { NOTIFICATION_JOB, sendNotificationJob } from '../../mail/notifications';
import { readPreferences } from '../../mail/preferences';
import { changeNotificationPreferences, describeUnsubscribe, unsubscribe } from './commands';

/**
 * An unsubscribe answer: JSON for mail clients and the API, or the page in the app's look for a
 * browser that asks for HTML (a person who opened the link, or confirmed on its page). A link
 * that is not genuine is a 404 page for the browser, as it is 404 JSON for the API.
 */
async function answerUnsubscribe(
  request: FastifyRequest,
  reply: FastifyReply,
  answer: () => Promise<UnsubscribeInfo>,
): Promise<UnsubscribeInfo> {
  const wantsPage = (request.headers.accept ?? '').includes('text/html');
  if (!wantsPage) return answer();
  let info: UnsubscribeInfo;
  try {
    info = await answer();
  } catch (error) {
    if (!(error instanceof AppError) || error.statusCode !== 404) throw error;
    return reply.status(404).type('text/html; charset=utf-8').send(invalidUnsubscribePage());
  }
  const action = request.url.split('?')[0]!;
  return reply
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(unsubscribePage(info, action));
}

/**
 * A person's mail choices per kind of inbox item, one-click unsubscribe from any mail, and the
 * jobs that send notifications at once and the hourly digest.
 */
export async function notificationRoutes(app: App, deps: ServerDeps) {
  const { mail, db } = deps;
  if (mail) {
    deps.jobs.work(NOTIFICATION_JOB, (data) => sendNotificationJob(db, mail, data));
    deps.jobs.work(DIGEST_JOB, async () => {
      await sendDigests(db, mail);
    });
    deps.jobs.hourly(DIGEST_JOB);
    // New inbox items go to mail after each write that may have raised some (and hourly, should
    // an instance have stopped before its job ran).
    deps.jobs.work(INBOX_MAIL_JOB, async () => {
      await mailInboxItems(db);
    });
    deps.jobs.hourly(INBOX_MAIL_JOB);
    app.addHook('onResponse', async (request, reply) => {
      if (request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 400) {
        await deps.jobs.send(INBOX_MAIL_JOB, {});
      }
    });
  }
  const route = routeTable(app, 'notifications');
  route.get(
    '/api/me/notifications',
    {
      summary: 'My mail choices per kind of inbox item',
      reply: NotificationPreferences,
      errors: [401],
    },
    async (request) => ({ ...(await readPreferences(db, callerId(request))), mail: mail !== null }),
  );
  route.put(
    '/api/me/notifications',
    {
      summary: 'Choose per kind: mail at once, in the daily digest at a local hour, or never',
      body: UpdateNotificationPreferencesBody,
      reply: NotificationPreferences,
      errors: [400, 401, 403],
    },
    async (request) => ({
      ...(await changeNotificationPreferences(db, callerId(request), request.body)),
      mail: mail !== null,
    }),
  );

  // RFC 8058 one-click unsubscribe posts `List-Unsubscribe=One-Click` as a form: read here only.
  await app.register(async (scope: App) => {
    scope.addContentTypeParser(
      ['application/x-www-form-urlencoded', 'multipart/form-data'],
      { parseAs: 'string', bodyLimit: 1024 },
      (_request, _body, done) => done(null, undefined),
    );
    const unsubscribeRoute = routeTable(scope, 'notifications');
    unsubscribeRoute.get(
      '/api/mail/unsubscribe/:token',
      {
        summary:
          'What a one-click unsubscribe link turns off (nothing is changed by reading it); a ' +
          'browser (Accept: text/html) gets a small page that confirms with a button (a POST)',
        params: MailTokenParams,
        reply: UnsubscribeInfo,
        errors: [400, 404],
        access: 'public',
      },
      async (request, reply) =>
        answerUnsubscribe(request, reply, async () => ({
          kind: describeUnsubscribe(deps.readUnsubscribe(request.params.token)),
          done: false,
        })),
    );
    unsubscribeRoute.post(
      '/api/mail/unsubscribe/:token',
      {
        summary:
          'One-click unsubscribe (RFC 8058): turns that kind of mail off; a browser (Accept: ' +
          'text/html) gets a page that says so',
        params: MailTokenParams,
        reply: UnsubscribeInfo,
        errors: [400, 404],
        access: 'public',
        csrf: false,
      },
      async (request, reply) =>
        answerUnsubscribe(request, reply, async () => ({
          kind: await unsubscribe(db, deps.readUnsubscribe(request.params.token)),
          done: true,
        })),
    );
  });
}
