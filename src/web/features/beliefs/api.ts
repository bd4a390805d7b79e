import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { pageOf } from '../../../contracts/common';
import {
  Belief,
  type BeliefKind,
  type CreateBeliefBody,
  type UpdateBeliefBody,
} from '../../../contracts/beliefs';
import { apiRequest } from '../../lib/api-client';

const BELIEFS_KEY = ['beliefs'] as const;
const path = (id: string) => `/api/beliefs/${encodeURIComponent(id)}`;

/** My beliefs, newest first, optionally of one kind. */
export function useBeliefs(kind: BeliefKind | null) {
  return useQuery({
    queryKey: [...BELIEFS_KEY, 'list', kind],
    queryFn: async () =>
      (
        await apiRequest('GET', `/api/beliefs?limit=100${kind ? `&kind=${kind}` : ''}`, {
          schema: pageOf(Belief),
        })
      ).items,
  });
}

function useBeliefWrite<T, R>(write: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: BELIEFS_KEY }),
  });
}

/** Examines a belief: statement, kind, evidence for and against, a reframe. */
export function useCreateBelief() {
  return useBeliefWrite((body: CreateBeliefBody) =>
    apiRequest('POST', '/api/beliefs', { body, schema: Belief }),
  );
}

/** Changes a belief. */
export function useUpdateBelief() {
  return useBeliefWrite(({ id, ...body }: UpdateBeliefBody & { id: string }) =>
    apiRequest('PATCH', path(id), { body, schema: Belief }),
  );
}

/** Deletes a belief. */
export function useDeleteBelief() {
  return useBeliefWrite((id: string) => apiRequest('DELETE', path(id)));
}
