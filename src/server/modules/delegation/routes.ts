import { pageOf } from '../../../contracts/common';
import {
  Agreement,
  AgreementParams,
  AgreementSummary,
  AreaParams,
  ChoiceBody,
  ConfirmBody,
  CreateAgreementBody,
  CreateAreaBody,
  ProposalBody,
  TransitionBody,
  TransitionParams,
  UpdateAreaBody,
} from '../../../contracts/delegation';
import type { Db } from '../../db/database';
import { callerId } from '../../http/authenticate';
import { type App, errorResponses, type ServerDeps } from '../../http/types';
import { addArea, archiveAgreement, startAgreement, updateArea } from './commands';
import {
  cancelTransition,
  chooseLevel,
  confirmProposal,
  planTransition,
  proposeLevel,
  startRound,
  withdrawProposal,
} from './level-commands';
import { presentAgreement, presentAgreementSummary } from './presenters';
import { accessAgreement, agreementParts, listAgreements } from './queries';

/** An agreement as the caller (one of its two parties) sees it; 404 for anyone else. */
async function loadAgreement(db: Db, userId: string, id: string) {
  const { agreement, access } = await accessAgreement(db, userId, id);
  return presentAgreement(userId, agreement, access, await agreementParts(db, agreement));
}

/**
 * Delegation agreements (empowerment): a leader and a member agree, per decision area, on one
 * of seven levels by delegation poker, plan transitions and keep the history. Only the two
 * parties can see an agreement; every change answers with the whole agreement as the caller
 * sees it.
 */
export async function delegationRoutes(app: App, deps: ServerDeps) {
  const { db } = deps;
  const tags = ['delegation'];
  // Every change to an area is a command over the area's ids, answered with the agreement.
  const areaChange = { 200: Agreement, ...errorResponses(400, 401, 403, 404, 409) };

  app.get(
    '/api/delegation',
    {
      schema: {
        tags,
        summary: 'The delegation agreements I am a party to, newest first',
        response: { 200: pageOf(AgreementSummary), ...errorResponses(401) },
      },
    },
    async (request) => ({
      items: (await listAgreements(db, callerId(request))).map(presentAgreementSummary),
      nextCursor: null,
    }),
  );

  app.post(
    '/api/delegation',
    {
      schema: {
        tags,
        summary: 'Start an agreement with a colleague of my organization, as leader or member',
        body: CreateAgreementBody,
        response: { 201: Agreement, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const userId = callerId(request);
      const id = await startAgreement(db, userId, request.body);
      return reply.status(201).send(await loadAgreement(db, userId, id));
    },
  );

  app.get(
    '/api/delegation/:id',
    {
      schema: {
        tags,
        summary: 'One agreement: areas, poker (the other’s choice only once both chose), history',
        params: AgreementParams,
        response: { 200: Agreement, ...errorResponses(401, 404) },
      },
    },
    async (request) => loadAgreement(db, callerId(request), request.params.id),
  );

  app.post(
    '/api/delegation/:id/archive',
    {
      schema: {
        tags,
        summary: 'Archive the agreement (either party): readable, no longer changed',
        params: AgreementParams,
        response: { 200: Agreement, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const userId = callerId(request);
      await archiveAgreement(db, userId, request.params.id);
      return loadAgreement(db, userId, request.params.id);
    },
  );

  app.post(
    '/api/delegation/:id/areas',
    {
      schema: {
        tags,
        summary: 'Add a decision area; a round of poker opens on it',
        params: AgreementParams,
        body: CreateAreaBody,
        response: { 201: Agreement, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const userId = callerId(request);
      await addArea(db, userId, request.params.id, request.body);
      return reply.status(201).send(await loadAgreement(db, userId, request.params.id));
    },
  );

  app.patch(
    '/api/delegation/:id/areas/:areaId',
    {
      schema: {
        tags,
        summary: 'Rename a decision area or change its note',
        params: AreaParams,
        body: UpdateAreaBody,
        response: areaChange,
      },
    },
    async (request) => {
      const userId = callerId(request);
      const { id, areaId } = request.params;
      await updateArea(db, userId, { agreementId: id, areaId }, request.body);
      return loadAgreement(db, userId, id);
    },
  );

  app.put(
    '/api/delegation/:id/areas/:areaId/poker/choice',
    {
      schema: {
        tags,
        summary: 'Choose my card privately; once both chose, both are revealed together',
        params: AreaParams,
        body: ChoiceBody,
        response: areaChange,
      },
    },
    async (request) => {
      const userId = callerId(request);
      const { id, areaId } = request.params;
      await chooseLevel(db, userId, { agreementId: id, areaId }, request.body.level);
      return loadAgreement(db, userId, id);
    },
  );

  app.post(
    '/api/delegation/:id/areas/:areaId/poker',
    {
      schema: {
        tags,
        summary: 'Run delegation poker again on an area',
        params: AreaParams,
        response: areaChange,
      },
    },
    async (request) => {
      const userId = callerId(request);
      const { id, areaId } = request.params;
      await startRound(db, userId, { agreementId: id, areaId });
      return loadAgreement(db, userId, id);
    },
  );

  app.post(
    '/api/delegation/:id/areas/:areaId/proposal',
    {
      schema: {
        tags,
        summary: 'Propose the level to agree on; the other party confirms it',
        params: AreaParams,
        body: ProposalBody,
        response: areaChange,
      },
    },
    async (request) => {
      const userId = callerId(request);
      const { id, areaId } = request.params;
      await proposeLevel(db, userId, { agreementId: id, areaId }, request.body.level);
      return loadAgreement(db, userId, id);
    },
  );

  app.post(
    '/api/delegation/:id/areas/:areaId/proposal/confirm',
    {
      schema: {
        tags,
        summary: 'Confirm the other party’s proposal: the level is agreed',
        params: AreaParams,
        body: ConfirmBody,
        response: areaChange,
      },
    },
    async (request) => {
      const userId = callerId(request);
      const { id, areaId } = request.params;
      await confirmProposal(db, userId, { agreementId: id, areaId }, request.body.level);
      return loadAgreement(db, userId, id);
    },
  );

  app.delete(
    '/api/delegation/:id/areas/:areaId/proposal',
    {
      schema: {
        tags,
        summary: 'Withdraw my proposal, or decline the other’s',
        params: AreaParams,
        response: areaChange,
      },
    },
    async (request) => {
      const userId = callerId(request);
      const { id, areaId } = request.params;
      await withdrawProposal(db, userId, { agreementId: id, areaId });
      return loadAgreement(db, userId, id);
    },
  );

  app.post(
    '/api/delegation/:id/areas/:areaId/transitions',
    {
      schema: {
        tags,
        summary: 'Plan a transition of the agreed level, e.g. 4 → 5 by a date',
        params: AreaParams,
        body: TransitionBody,
        response: { 201: Agreement, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const userId = callerId(request);
      const { id, areaId } = request.params;
      await planTransition(db, userId, { agreementId: id, areaId }, request.body);
      return reply.status(201).send(await loadAgreement(db, userId, id));
    },
  );

  app.delete(
    '/api/delegation/:id/areas/:areaId/transitions/:transitionId',
    {
      schema: {
        tags,
        summary: 'Cancel a planned transition (it stays in the history)',
        params: TransitionParams,
        response: areaChange,
      },
    },
    async (request) => {
      const userId = callerId(request);
      const { id, areaId, transitionId } = request.params;
      await cancelTransition(db, userId, { agreementId: id, areaId, transitionId });
      return loadAgreement(db, userId, id);
    },
  );
}
