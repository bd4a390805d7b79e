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
import { type Auth, callerId } from '../../http/authenticate';
import { pairSpaceRoutes } from '../../http/pair-space-routes';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
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
import { presentAgreementSummary } from './presenters';
import { listAgreements, loadAgreement } from './queries';

type AreaIds = { agreementId: string; areaId: string };

/** Every change to an area is a command over the area's ids, answered with the agreement. */
const areaChange = { reply: Agreement, errors: [400, 401, 403, 404, 409] } as const;

/**
 * Delegation agreements (empowerment): a leader and a member agree, per decision area, on one
 * of seven levels by delegation poker, plan transitions and keep the history. Only the two
 * parties can see an agreement; every change answers with the whole agreement as the caller
 * sees it.
 */
export async function delegationRoutes(app: App, { db }: ServerDeps) {
  const route = routeTable(app, 'delegation');

  /** Runs a change to one area for the caller, then answers the agreement as they see it. */
  async function changed(
    request: { auth: Auth | null; params: { id: string; areaId: string } },
    change: (userId: string, ids: AreaIds) => Promise<unknown>,
  ) {
    const userId = callerId(request);
    await change(userId, { agreementId: request.params.id, areaId: request.params.areaId });
    return loadAgreement(db, userId, request.params.id);
  }

  pairSpaceRoutes(route, db, {
    path: '/api/delegation',
    item: Agreement,
    params: AgreementParams,
    load: loadAgreement,
    list: [
      'The delegation agreements I am a party to, newest first',
      AgreementSummary,
      listAgreements,
      presentAgreementSummary,
    ],
    start: [
      'Start an agreement with a colleague of my organization, as leader or member',
      CreateAgreementBody,
      startAgreement,
    ],
    read: 'One agreement: areas, poker (the other’s choice only once both chose), history',
    close: [
      'archive',
      'Archive the agreement (either party): readable, no longer changed',
      archiveAgreement,
    ],
  });
  route.post(
    '/api/delegation/:id/areas',
    {
      summary: 'Add a decision area; a round of poker opens on it',
      params: AgreementParams,
      body: CreateAreaBody,
      status: 201,
      ...areaChange,
    },
    async (request) => {
      const userId = callerId(request);
      await addArea(db, userId, request.params.id, request.body);
      return loadAgreement(db, userId, request.params.id);
    },
  );
  route.patch(
    '/api/delegation/:id/areas/:areaId',
    {
      summary: 'Rename a decision area or change its note',
      params: AreaParams,
      body: UpdateAreaBody,
      ...areaChange,
    },
    async (request) => changed(request, (userId, ids) => updateArea(db, userId, ids, request.body)),
  );
  route.put(
    '/api/delegation/:id/areas/:areaId/poker/choice',
    {
      summary: 'Choose my card privately; once both chose, both are revealed together',
      params: AreaParams,
      body: ChoiceBody,
      ...areaChange,
    },
    async (request) =>
      changed(request, (userId, ids) => chooseLevel(db, userId, ids, request.body.level)),
  );
  route.post(
    '/api/delegation/:id/areas/:areaId/poker',
    { summary: 'Run delegation poker again on an area', params: AreaParams, ...areaChange },
    async (request) => changed(request, (userId, ids) => startRound(db, userId, ids)),
  );
  route.post(
    '/api/delegation/:id/areas/:areaId/proposal',
    {
      summary: 'Propose the level to agree on; the other party confirms it',
      params: AreaParams,
      body: ProposalBody,
      ...areaChange,
    },
    async (request) =>
      changed(request, (userId, ids) => proposeLevel(db, userId, ids, request.body.level)),
  );
  route.post(
    '/api/delegation/:id/areas/:areaId/proposal/confirm',
    {
      summary: 'Confirm the other party’s proposal: the level is agreed',
      params: AreaParams,
      body: ConfirmBody,
      ...areaChange,
    },
    async (request) =>
      changed(request, (userId, ids) => confirmProposal(db, userId, ids, request.body.level)),
  );
  route.delete(
    '/api/delegation/:id/areas/:areaId/proposal',
    {
      summary: 'Withdraw my proposal, or decline the other’s',
      params: AreaParams,
      ...areaChange,
    },
    async (request) => changed(request, (userId, ids) => withdrawProposal(db, userId, ids)),
  );
  route.post(
    '/api/delegation/:id/areas/:areaId/transitions',
    {
      summary: 'Plan a transition of the agreed level, e.g. 4 → 5 by a date',
      params: AreaParams,
      body: TransitionBody,
      status: 201,
      ...areaChange,
    },
    async (request) =>
      changed(request, (userId, ids) => planTransition(db, userId, ids, request.body)),
  );
  route.delete(
    '/api/delegation/:id/areas/:areaId/transitions/:transitionId',
    {
      summary: 'Cancel a planned transition (it stays in the history)',
      params: TransitionParams,
      ...areaChange,
    },
    async (request) =>
      changed(request, (userId, ids) =>
        cancelTransition(db, userId, { ...ids, transitionId: request.params.transitionId }),
      ),
  );
}
