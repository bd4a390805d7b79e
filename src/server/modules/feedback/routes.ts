import { IdParams, PageQuery, pageOf } from '../../../contracts/common';
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
import { callerId } from '../../http/authenticate';
import { type App, errorResponses, type ServerDeps } from '../../http/types';
import { loadLinks } from '../learning/commands';
import { presentLearningItemDetail } from '../learning/presenters';
import {
  answerAsColleague,
  answerThroughLink,
  assessmentFromAnswer,
  closeFeedbackRequest,
  createFeedbackRequest,
  feedbackInvitation,
  learningItemFromAnswer,
} from './commands';
import { listAskedOfMe, listFeedbackRequests, loadAskedOfMe, loadFeedbackRequest } from './queries';

/** Developmental feedback: asked for by the person who wants to grow, in SBI form. */
export async function feedbackRoutes(app: App, deps: ServerDeps) {
  const { db } = deps;
  const tags = ['feedback'];

  app.post(
    '/api/feedback/requests',
    {
      schema: {
        tags,
        summary:
          'Ask for feedback: colleagues answer signed in; each person asked by email gets a ' +
          'single-use link, shown only now',
        body: CreateFeedbackRequestBody,
        response: { 201: CreatedFeedbackRequest, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const created = await createFeedbackRequest(db, callerId(request), request.body);
      return reply.status(201).send({
        ...created,
        links: created.links.map((link) => ({
          ...link,
          url: `${deps.baseUrl}/feedback/${link.token}`,
        })),
      });
    },
  );

  app.get(
    '/api/feedback/requests',
    {
      schema: {
        tags,
        summary: 'My requests for feedback, newest first',
        response: { 200: pageOf(FeedbackRequest), ...errorResponses(401) },
      },
    },
    async (request) => ({
      items: await listFeedbackRequests(db, callerId(request)),
      nextCursor: null,
    }),
  );

  app.get(
    '/api/feedback/requests/:id',
    {
      schema: {
        tags,
        summary: 'One of my requests, with the answers that may be shown',
        params: IdParams,
        response: { 200: FeedbackRequest, ...errorResponses(401, 404) },
      },
    },
    async (request) => loadFeedbackRequest(db, callerId(request), request.params.id),
  );

  app.post(
    '/api/feedback/requests/:id/close',
    {
      schema: {
        tags,
        summary:
          'Close my request: no more answers; anonymous ones are then shown if at least 3 arrived',
        params: IdParams,
        response: { 200: FeedbackRequest, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => closeFeedbackRequest(db, callerId(request), request.params.id),
  );

  app.get(
    '/api/feedback/asked-of-me',
    {
      schema: {
        tags,
        summary: 'Requests asked of me as a colleague, newest first, with whether I answered',
        querystring: PageQuery,
        response: { 200: pageOf(AskedOfMe), ...errorResponses(400, 401) },
      },
    },
    async (request) => listAskedOfMe(db, callerId(request), request.query),
  );

  app.get(
    '/api/feedback/asked-of-me/:id',
    {
      schema: {
        tags,
        summary: 'One request asked of me',
        params: IdParams,
        response: { 200: AskedOfMe, ...errorResponses(401, 404) },
      },
    },
    async (request) => loadAskedOfMe(db, callerId(request), request.params.id),
  );

  app.post(
    '/api/feedback/requests/:id/answers',
    {
      schema: {
        tags,
        summary:
          'Answer a request asked of me, signed in, once: named, or anonymous where it allows',
        params: IdParams,
        body: FeedbackAnswerBody,
        response: {
          201: AnswerRecorded,
          ...errorResponses(400, 401, 403, 404, 409, 410),
        },
      },
    },
    async (request, reply) => {
      await answerAsColleague(db, callerId(request), request.params.id, request.body);
      return reply.status(201).send({ ok: true as const });
    },
  );

  app.get(
    '/api/feedback/answers/:token',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'What a feedback link asks (no sign-in needed)',
        params: FeedbackTokenParams,
        response: { 200: FeedbackInvitation, ...errorResponses(404, 409, 410) },
      },
    },
    async (request) => feedbackInvitation(db, request.params.token),
  );

  app.post(
    '/api/feedback/answers/:token',
    {
      // The token in the address is the capability; no session is involved.
      config: { access: 'public', csrf: false },
      schema: {
        tags,
        summary:
          'Answer through a link in Situation–Behavior–Impact form, with the name typed (never ' +
          'anonymous)',
        params: FeedbackTokenParams,
        body: LinkAnswerBody,
        response: { 201: AnswerRecorded, ...errorResponses(400, 404, 409, 410) },
      },
    },
    async (request, reply) => {
      await answerThroughLink(db, request.params.token, request.body);
      return reply.status(201).send({ ok: true as const });
    },
  );

  app.post(
    '/api/feedback/requests/:id/answers/:answerId/learning-item',
    {
      schema: {
        tags,
        summary:
          'Turn an answer I received into a learning item (kind feedback, insights from the answer)',
        params: FeedbackAnswerParams,
        body: FeedbackLearningItemBody,
        response: { 201: LearningItemDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const userId = callerId(request);
      const { id, answerId } = request.params;
      const row = await learningItemFromAnswer(db, userId, id, answerId, request.body);
      return reply
        .status(201)
        .send(presentLearningItemDetail(row, await loadLinks(db, [row.id]), []));
    },
  );

  app.post(
    '/api/feedback/requests/:id/answers/:answerId/reality-assessment',
    {
      schema: {
        tags,
        summary:
          'Assess where I am on one of my aspirations, with an answer I received as evidence',
        params: FeedbackAnswerParams,
        body: FeedbackAssessmentBody,
        response: { 201: FeedbackAssessment, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { id, answerId } = request.params;
      return reply
        .status(201)
        .send(await assessmentFromAnswer(db, callerId(request), id, answerId, request.body));
    },
  );
}
