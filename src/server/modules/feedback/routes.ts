import { IdParams } from '../../../contracts/common';
import { LearningItemDetail } from '../../../contracts/learning';
import {
  AnswerRecorded,
  AskedOfMe,
  CreatedFeedbackRequest,
  CreateFeedbackRequestBody,
  FeedbackAnswerBody,
  FeedbackAnswerParams,
  FeedbackAssessment,
  FeedbackAssessmentBody,
  FeedbackLearningItemBody,
  FeedbackInvitation,
  FeedbackRequest,
  FeedbackTokenParams,
  LinkAnswerBody,
} from '../../../contracts/feedback';
import type { z } from 'zod';
import type { Db } from '../../db/database';
import { callerId } from '../../http/authenticate';
import { listRoute } from '../../http/list-route';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import {
  answerAsColleague,
  answerThroughLink,
  assessmentFromAnswer,
  closeFeedbackRequest,
  createFeedbackRequest,
  feedbackInvitation,
  learningItemFromAnswer,
} from './commands';
import {
  FEEDBACK_LINK_JOB,
  FEEDBACK_LINK_PURPOSE,
  feedbackLinkJob,
  queueFeedbackLinkMails,
} from './link-mail';
import { listAskedOfMe, listFeedbackRequests, loadAskedOfMe, loadFeedbackRequest } from './queries';

const recorded = { ok: true } as const;

/** Developmental feedback: asked for by the person who wants to grow, in SBI form. */
export async function feedbackRoutes(app: App, { db, baseUrl, mail, jobs, sign }: ServerDeps) {
  const route = routeTable(app, 'feedback');
  // With mail on, the server mails links to people outside itself: the requester never holds them.
  const linkToken = (recipientId: string) => sign(FEEDBACK_LINK_PURPOSE, recipientId);
  if (mail) jobs.work(FEEDBACK_LINK_JOB, (data) => feedbackLinkJob(db, mail, linkToken, data));
  route.post(
    '/api/feedback/requests',
    {
      summary:
        'Ask for feedback: colleagues answer signed in; each person asked by email gets a ' +
        'single-use link, mailed by the server when mail is on (never shown), else shown only now',
      body: CreateFeedbackRequestBody,
      reply: CreatedFeedbackRequest,
      status: 201,
      errors: [400, 401, 403],
    },
    async (request) => {
      const created = await createFeedbackRequest(
        db,
        callerId(request),
        request.body,
        mail ? linkToken : null,
      );
      await queueFeedbackLinkMails(jobs, created.mailed);
      const links = created.links.map((link) => ({
        ...link,
        url: `${baseUrl}/feedback/${link.token}`,
      }));
      const mailed = created.mailed.map(({ email }) => ({ email }));
      return { id: created.id, expiresAt: created.expiresAt, links, mailed };
    },
  );
  listRoute(
    route,
    '/api/feedback/requests',
    { summary: 'My requests for feedback, newest first', item: FeedbackRequest },
    (userId, page) => listFeedbackRequests(db, userId, page),
  );
  route.get(
    '/api/feedback/requests/:id',
    {
      summary: 'One of my requests, with the answers that may be shown',
      params: IdParams,
      reply: FeedbackRequest,
      errors: [401, 404],
    },
    async (request) => loadFeedbackRequest(db, callerId(request), request.params.id),
  );
  route.post(
    '/api/feedback/requests/:id/close',
    {
      summary:
        'Close my request: no more answers; anonymous ones are then shown if at least 3 arrived',
      params: IdParams,
      reply: FeedbackRequest,
      errors: [401, 403, 404],
    },
    async (request) => closeFeedbackRequest(db, callerId(request), request.params.id),
  );
  listRoute(
    route,
    '/api/feedback/asked-of-me',
    {
      summary: 'Requests asked of me as a colleague, newest first, with whether I answered',
      item: AskedOfMe,
    },
    (userId, page) => listAskedOfMe(db, userId, page),
  );
  route.get(
    '/api/feedback/asked-of-me/:id',
    { summary: 'One request asked of me', params: IdParams, reply: AskedOfMe, errors: [401, 404] },
    async (request) => loadAskedOfMe(db, callerId(request), request.params.id),
  );
  route.post(
    '/api/feedback/requests/:id/answers',
    {
      summary: 'Answer a request asked of me, signed in, once: named, or anonymous where it allows',
      params: IdParams,
      body: FeedbackAnswerBody,
      reply: AnswerRecorded,
      status: 201,
      errors: [400, 401, 403, 404, 409, 410],
    },
    async (request) => {
      await answerAsColleague(db, callerId(request), request.params.id, request.body);
      return recorded;
    },
  );
  route.get(
    '/api/feedback/answers/:token',
    {
      summary: 'What a feedback link asks (no sign-in needed)',
      params: FeedbackTokenParams,
      reply: FeedbackInvitation,
      errors: [404, 409, 410],
      access: 'public',
    },
    async (request) => feedbackInvitation(db, request.params.token),
  );
  route.post(
    '/api/feedback/answers/:token',
    {
      summary:
        'Answer through a link in Situation–Behavior–Impact form, with the name typed; anonymous ' +
        'only through a link the server mailed, where the request allows',
      params: FeedbackTokenParams,
      body: LinkAnswerBody,
      reply: AnswerRecorded,
      status: 201,
      errors: [400, 404, 409, 410],
      // The token in the address is the capability; no session is involved.
      access: 'public',
      csrf: false,
    },
    async (request) => {
      await answerThroughLink(db, request.params.token, request.body);
      return recorded;
    },
  );
  /** A use of an answer I received, as evidence: 201 with what it made. */
  const fromAnswer = <B extends z.ZodType, R extends z.ZodType>(
    use: string,
    summary: string,
    [body, reply]: [B, R],
    make: (
      db: Db,
      userId: string,
      id: string,
      answerId: string,
      body: z.output<B>,
    ) => Promise<z.output<R>>,
  ) =>
    route.post(
      `/api/feedback/requests/:id/answers/:answerId/${use}`,
      {
        summary,
        params: FeedbackAnswerParams,
        body,
        reply,
        status: 201,
        errors: [400, 401, 403, 404],
      },
      // Zod resolves the body's type only for a concrete schema, which B stands for.
      async (request) =>
        make(
          db,
          callerId(request),
          request.params.id,
          request.params.answerId,
          request.body as z.output<B>,
        ),
    );
  fromAnswer(
    'learning-item',
    'Turn an answer I received into a learning item (kind feedback, insights from the answer)',
    [FeedbackLearningItemBody, LearningItemDetail],
    learningItemFromAnswer,
  );
  fromAnswer(
    'reality-assessment',
    'Assess where I am on one of my aspirations, with an answer I received as evidence',
    [FeedbackAssessmentBody, FeedbackAssessment],
    assessmentFromAnswer,
  );
}
