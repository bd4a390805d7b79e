import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Agreement,
  AgreementSummary,
  type CreateAgreementBody,
  type CreateAreaBody,
  type TransitionBody,
  type UpdateAreaBody,
} from '../../../contracts/delegation';
import { fetchAllPages } from '../../lib/all-pages';
import { apiRequest } from '../../lib/api-client';
import { afterSave, detailKeyOf } from '../../lib/item-cache';

const ROOT = 'delegation';
const detailKey = detailKeyOf(ROOT);
const path = (id: string) => `/api/delegation/${encodeURIComponent(id)}`;
const areaPath = (id: string, areaId: string) => `${path(id)}/areas/${encodeURIComponent(areaId)}`;

/** The agreements I am a party to, newest first. */
export function useAgreements() {
  return useQuery({
    queryKey: [ROOT, 'list'],
    queryFn: () => fetchAllPages('/api/delegation', AgreementSummary),
  });
}

/** One agreement as I see it (the other's poker card only once both have chosen). */
export function useAgreement(id: string) {
  return useQuery({
    queryKey: detailKey(id),
    queryFn: () => apiRequest('GET', path(id), { schema: Agreement }),
  });
}

/** A change that answers with the whole agreement, which then replaces the cached one. */
function useAgreementWrite<T>(write: (input: T) => Promise<Agreement>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (agreement) => afterSave(queryClient, ROOT, agreement),
  });
}

export function useStartAgreement() {
  return useAgreementWrite((body: CreateAgreementBody) =>
    apiRequest('POST', '/api/delegation', { body, schema: Agreement }),
  );
}

export function useArchiveAgreement() {
  return useAgreementWrite((id: string) =>
    apiRequest('POST', `${path(id)}/archive`, { schema: Agreement }),
  );
}

export function useAddArea() {
  return useAgreementWrite(({ id, ...body }: CreateAreaBody & { id: string }) =>
    apiRequest('POST', `${path(id)}/areas`, { body, schema: Agreement }),
  );
}

type AreaIds = { id: string; areaId: string };

export function useUpdateArea() {
  return useAgreementWrite(({ id, areaId, ...body }: UpdateAreaBody & AreaIds) =>
    apiRequest('PATCH', areaPath(id, areaId), { body, schema: Agreement }),
  );
}

/** Lays down my card privately; when both have chosen, the answer carries both. */
export function useChooseCard() {
  return useAgreementWrite(({ id, areaId, level }: AreaIds & { level: number }) =>
    apiRequest('PUT', `${areaPath(id, areaId)}/poker/choice`, {
      body: { level },
      schema: Agreement,
    }),
  );
}

export function usePlayAgain() {
  return useAgreementWrite(({ id, areaId }: AreaIds) =>
    apiRequest('POST', `${areaPath(id, areaId)}/poker`, { schema: Agreement }),
  );
}

export function usePropose() {
  return useAgreementWrite(({ id, areaId, level }: AreaIds & { level: number }) =>
    apiRequest('POST', `${areaPath(id, areaId)}/proposal`, { body: { level }, schema: Agreement }),
  );
}

export function useConfirmProposal() {
  return useAgreementWrite(({ id, areaId, level }: AreaIds & { level: number }) =>
    apiRequest('POST', `${areaPath(id, areaId)}/proposal/confirm`, {
      body: { level },
      schema: Agreement,
    }),
  );
}

/** Withdraws my proposal, or declines the other's. */
export function useWithdrawProposal() {
  return useAgreementWrite(({ id, areaId }: AreaIds) =>
    apiRequest('DELETE', `${areaPath(id, areaId)}/proposal`, { schema: Agreement }),
  );
}

export function usePlanTransition() {
  return useAgreementWrite(({ id, areaId, ...body }: AreaIds & TransitionBody) =>
    apiRequest('POST', `${areaPath(id, areaId)}/transitions`, { body, schema: Agreement }),
  );
}

export function useCancelTransition() {
  return useAgreementWrite(({ id, areaId, transitionId }: AreaIds & { transitionId: string }) =>
    apiRequest(
      'DELETE',
      `${areaPath(id, areaId)}/transitions/${encodeURIComponent(transitionId)}`,
      { schema: Agreement },
    ),
  );
}
