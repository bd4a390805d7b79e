import { z } from 'zod';
import { NoContent, pageOf } from '../../../contracts/common';
import {
  ActionStep,
  Assessment,
  AssessmentBody,
  AspirationDetail,
  AspirationListQuery,
  AspirationSummary,
  CreateAspirationBody,
  StepBody,
  UpdateAspirationBody,
  UpdateStepBody,
} from '../../../contracts/vision';
import type { Db } from '../../db/database';
import { callerId } from '../../http/authenticate';
import { type App, errorResponses, type ServerDeps } from '../../http/types';
import { nowIso } from '../../lib/time';
import {
  addAssessment,
  createAspiration,
  createStep,
  deleteStep,
  findOwnAspiration,
  listAspirations,
  loadParts,
  updateAspiration,
  updateStep,
} from './commands';
import { presentDetail, presentStep, presentSummary } from './presenters';

const AspirationParams = z.object({ id: z.string().min(1).max(64) });
const StepParams = AspirationParams.extend({ stepId: z.string().min(1).max(64) });

async function detail(db: Db, userId: string, id: string) {
  const row = await findOwnAspiration(db, userId, id);
  const { revisions, assessments, steps } = (await loadParts(db, [id]))(id);
  return presentDetail(row, revisions, assessments, steps, nowIso());
}

/** Aspirations: vision, honest reality, the creative tension between them, action steps. */
export async function aspirationRoutes(app: App, deps: ServerDeps) {
  const { db } = deps;
  const tags = ['vision'];

  app.get(
    '/api/aspirations',
    {
      schema: {
        tags,
        summary: 'My aspirations with their tension now, newest first',
        querystring: AspirationListQuery,
        response: { 200: pageOf(AspirationSummary), ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const page = await listAspirations(db, callerId(request), request.query);
      const partsOf = await loadParts(
        db,
        page.items.map((a) => a.id),
      );
      const now = nowIso();
      return {
        items: page.items.map((row) => {
          const { revisions, assessments, steps } = partsOf(row.id);
          return presentSummary(row, revisions, assessments, steps, now);
        }),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.post(
    '/api/aspirations',
    {
      schema: {
        tags,
        summary: 'Create an aspiration: a vision in a life domain, with its vision level',
        body: CreateAspirationBody,
        response: { 201: AspirationDetail, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const userId = callerId(request);
      const id = await createAspiration(db, userId, request.body);
      return reply.status(201).send(await detail(db, userId, id));
    },
  );

  app.get(
    '/api/aspirations/:id',
    {
      schema: {
        tags,
        summary: 'One aspiration with its tension over time, revisions, assessments and steps',
        params: AspirationParams,
        response: { 200: AspirationDetail, ...errorResponses(401, 404) },
      },
    },
    async (request) => detail(db, callerId(request), request.params.id),
  );

  app.patch(
    '/api/aspirations/:id',
    {
      schema: {
        tags,
        summary: 'Change an aspiration; a vision change is a new revision, lowering needs a reason',
        params: AspirationParams,
        body: UpdateAspirationBody,
        response: { 200: AspirationDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const userId = callerId(request);
      await updateAspiration(db, userId, request.params.id, request.body);
      return detail(db, userId, request.params.id);
    },
  );

  app.post(
    '/api/aspirations/:id/assessments',
    {
      schema: {
        tags,
        summary: 'Record an honest reality assessment (0–10, with evidence)',
        params: AspirationParams,
        body: AssessmentBody,
        response: { 201: Assessment, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addAssessment(db, callerId(request), request.params.id, request.body)),
  );

  app.post(
    '/api/aspirations/:id/steps',
    {
      schema: {
        tags,
        summary: 'Add an action step: the next concrete move toward the vision',
        params: AspirationParams,
        body: StepBody,
        response: { 201: ActionStep, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentStep(
            await createStep(db, callerId(request), request.params.id, request.body.text),
          ),
        ),
  );

  app.patch(
    '/api/aspirations/:id/steps/:stepId',
    {
      schema: {
        tags,
        summary: 'Mark a step done or not done, or reword it',
        params: StepParams,
        body: UpdateStepBody,
        response: { 200: ActionStep, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      presentStep(
        await updateStep(
          db,
          callerId(request),
          request.params.id,
          request.params.stepId,
          request.body,
        ),
      ),
  );

  app.delete(
    '/api/aspirations/:id/steps/:stepId',
    {
      schema: {
        tags,
        summary: 'Remove a step',
        params: StepParams,
        response: { 204: NoContent, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteStep(db, callerId(request), request.params.id, request.params.stepId);
      return reply.status(204).send(null);
    },
  );
}
