import { IdParams, pageOf } from '../../../contracts/common';
import {
  ActionStep,
  Assessment,
  AssessmentBody,
  AspirationDetail,
  AspirationListQuery,
  AspirationSummary,
  CreateAspirationBody,
  StepBody,
  StepParams,
  UpdateAspirationBody,
  UpdateStepBody,
} from '../../../contracts/vision';
import type { Db } from '../../db/database';
import { callerId } from '../../http/authenticate';
import { ownedItemRoutes } from '../../http/owned-item-routes';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
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

/** One aspiration with its parts; its parts are read beside it (none when it is not mine: 404). */
async function detail(db: Db, userId: string, id: string) {
  const [row, partsOf] = await Promise.all([
    findOwnAspiration(db, userId, id),
    loadParts(db, [id]),
  ]);
  const { revisions, assessments, steps } = partsOf(id);
  return presentDetail(row, revisions, assessments, steps, nowIso());
}

const create = async (db: Db, userId: string, body: CreateAspirationBody) => ({
  id: await createAspiration(db, userId, body),
});

/** Aspirations: vision, honest reality, the creative tension between them, action steps. */
export async function aspirationRoutes(app: App, { db }: ServerDeps) {
  const route = routeTable(app, 'vision');
  route.get(
    '/api/aspirations',
    {
      summary: 'My aspirations with their tension now, newest first',
      query: AspirationListQuery,
      reply: pageOf(AspirationSummary),
      errors: [400, 401],
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
  ownedItemRoutes(route, db, {
    path: '/api/aspirations',
    item: AspirationDetail,
    read: ['One aspiration with its tension over time, revisions, assessments and steps', detail],
    create: [
      'Create an aspiration: a vision in a life domain, with its vision level',
      CreateAspirationBody,
      create,
    ],
    update: [
      'Change an aspiration; a vision change is a new revision, lowering needs a reason',
      UpdateAspirationBody,
      updateAspiration,
    ],
  });
  route.post(
    '/api/aspirations/:id/assessments',
    {
      summary: 'Record an honest reality assessment (0–10, with evidence)',
      params: IdParams,
      body: AssessmentBody,
      reply: Assessment,
      status: 201,
      errors: [400, 401, 403, 404],
    },
    async (request) => addAssessment(db, callerId(request), request.params.id, request.body),
  );
  route.post(
    '/api/aspirations/:id/steps',
    {
      summary: 'Add an action step: the next concrete move toward the vision',
      params: IdParams,
      body: StepBody,
      reply: ActionStep,
      status: 201,
      errors: [400, 401, 403, 404],
    },
    async (request) =>
      presentStep(await createStep(db, callerId(request), request.params.id, request.body.text)),
  );
  route.patch(
    '/api/aspirations/:id/steps/:stepId',
    {
      summary: 'Mark a step done or not done, or reword it',
      params: StepParams,
      body: UpdateStepBody,
      reply: ActionStep,
      errors: [400, 401, 403, 404],
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
  route.delete(
    '/api/aspirations/:id/steps/:stepId',
    { summary: 'Remove a step', params: StepParams, status: 204, errors: [401, 403, 404] },
    async (request) => deleteStep(db, callerId(request), request.params.id, request.params.stepId),
  );
}
