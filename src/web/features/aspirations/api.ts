import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateProfileBody, User } from '../../../contracts/accounts';
import type {
  ActionStep,
  Assessment,
  AspirationDetail,
  AspirationSummary,
  Purpose,
  Value,
  AspirationStatus,
  AssessmentBody,
  CreateAspirationBody,
  CreateValueBody,
  UpdateAspirationBody,
  UpdateStepBody,
} from '../../../contracts/vision';
import { apiAnswer, apiRequest } from '../../lib/api-client';
import { ME_QUERY_KEY } from '../../lib/session';
import { FIRST_READ_FRESH_MS } from '../../lib/early-reads';

const PURPOSE_KEY = ['purpose'] as const;
const VALUES_KEY = ['values'] as const;
const ASPIRATIONS_KEY = ['aspirations'] as const;
const listKey = (status: AspirationStatus | 'all') => [...ASPIRATIONS_KEY, 'list', status] as const;
const detailKey = (id: string) => [...ASPIRATIONS_KEY, 'detail', id] as const;

// The answers are read without parsing them again (`apiAnswer`): the server checks each against
// its contract schema before sending it, and Vision is a first page that does not load Zod
// (docs/decisions/0037-first-page-under-budget.md, 0069-vision-without-zod.md).
type ValuePage = { items: Value[]; nextCursor: string | null };
type AspirationPage = { items: AspirationSummary[]; nextCursor: string | null };

const path = (id: string) => `/api/aspirations/${encodeURIComponent(id)}`;

// ── Purpose ────────────────────────────────────────────────────────────────

/** My purpose, with every earlier version (newest first). */
export const purposeQuery = queryOptions({
  queryKey: PURPOSE_KEY,
  queryFn: () => apiAnswer<Purpose>('GET', '/api/purpose'),
  staleTime: FIRST_READ_FRESH_MS,
});

export function usePurpose() {
  return useQuery(purposeQuery);
}

/** Writes a new version of my purpose; the old one stays in its history. */
export function useSavePurpose() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => apiAnswer<Purpose>('PUT', '/api/purpose', { body: { text } }),
    onSuccess: (purpose) => queryClient.setQueryData(PURPOSE_KEY, purpose),
  });
}

// ── Values ─────────────────────────────────────────────────────────────────

/** My values, most important first. */
export const valuesQuery = queryOptions({
  queryKey: VALUES_KEY,
  queryFn: async () => (await apiAnswer<ValuePage>('GET', '/api/values')).items,
  staleTime: FIRST_READ_FRESH_MS,
});

export function useValues() {
  return useQuery(valuesQuery);
}

/** Adds a value at the end of the ranking. */
export function useCreateValue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateValueBody) => apiAnswer<Value>('POST', '/api/values', { body }),
    onSuccess: (value) => {
      queryClient.setQueryData<Value[]>(VALUES_KEY, (items) => (items ? [...items, value] : items));
      return queryClient.invalidateQueries({ queryKey: VALUES_KEY });
    },
  });
}

/** Renames a value or changes its one line of meaning. */
export function useUpdateValue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; name?: string; description?: string }) =>
      apiAnswer<Value>('PATCH', `/api/values/${encodeURIComponent(id)}`, { body }),
    onSuccess: (value) =>
      queryClient.setQueryData<Value[]>(VALUES_KEY, (items) =>
        items?.map((item) => (item.id === value.id ? value : item)),
      ),
  });
}

/** Removes a value; the ones below move up. */
export function useDeleteValue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest('DELETE', `/api/values/${encodeURIComponent(id)}`),
    onSuccess: (_result, id) => {
      queryClient.setQueryData<Value[]>(VALUES_KEY, (items) =>
        items?.filter((item) => item.id !== id),
      );
      return queryClient.invalidateQueries({ queryKey: VALUES_KEY });
    },
  });
}

/**
 * Stores a new ranking (all my value ids, most important first). The list moves at once and
 * moves back if the server refuses.
 */
export function useReorderValues() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) =>
      apiAnswer<ValuePage>('PUT', '/api/values/order', { body: { ids } }),
    onMutate: async (ids) => {
      await queryClient.cancelQueries({ queryKey: VALUES_KEY });
      const previous = queryClient.getQueryData<Value[]>(VALUES_KEY);
      if (previous) {
        const byId = new Map(previous.map((value) => [value.id, value]));
        const next = ids.flatMap((id, index) => {
          const value = byId.get(id);
          return value ? [{ ...value, rank: index + 1 }] : [];
        });
        queryClient.setQueryData<Value[]>(VALUES_KEY, next);
      }
      return { previous };
    },
    onError: (_error, _ids, context) => {
      if (context?.previous) queryClient.setQueryData(VALUES_KEY, context.previous);
    },
    onSuccess: (page) => queryClient.setQueryData(VALUES_KEY, page.items),
  });
}

// ── Aspirations ────────────────────────────────────────────────────────────

/** My aspirations (newest first), all of them or those with one status. */
export function aspirationsQuery(status: AspirationStatus | 'all' = 'all') {
  return queryOptions({
    queryKey: listKey(status),
    queryFn: async () => {
      const query = status === 'all' ? '?limit=100' : `?status=${status}&limit=100`;
      return (await apiAnswer<AspirationPage>('GET', `/api/aspirations${query}`)).items;
    },
    staleTime: FIRST_READ_FRESH_MS,
  });
}

export function useAspirations(status: AspirationStatus | 'all' = 'all') {
  return useQuery(aspirationsQuery(status));
}

/** One aspiration in full: its tension over time, revisions, assessments and action steps. */
export function useAspiration(id: string) {
  return useQuery({
    queryKey: detailKey(id),
    queryFn: () => apiAnswer<AspirationDetail>('GET', path(id)),
  });
}

/**
 * A write to an aspiration: afterwards every list and detail is fetched again. A write that
 * answers with the whole aspiration puts it straight into the cache, so its page doesn't flicker.
 */
function useAspirationWrite<T, A>(
  write: (input: T) => Promise<A>,
  detailOf: (answer: A) => AspirationDetail | null = () => null,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (answer) => {
      const detail = detailOf(answer);
      if (detail) queryClient.setQueryData(detailKey(detail.id), detail);
      return queryClient.invalidateQueries({ queryKey: ASPIRATIONS_KEY });
    },
  });
}

const itself = (detail: AspirationDetail) => detail;

/** Creates an aspiration with its first vision. */
export function useCreateAspiration() {
  return useAspirationWrite(
    (body: CreateAspirationBody) =>
      apiAnswer<AspirationDetail>('POST', '/api/aspirations', { body }),
    itself,
  );
}

/**
 * Changes an aspiration: title, domain, a new vision (a revision; lowering the level needs a
 * `reason`), or its status (with a `statusNote` reflection when achieved or released).
 */
export function useUpdateAspiration() {
  return useAspirationWrite(
    ({ id, ...body }: UpdateAspirationBody & { id: string }) =>
      apiAnswer<AspirationDetail>('PATCH', path(id), { body }),
    itself,
  );
}

/** Records an honest reality assessment. */
export function useAssessReality() {
  return useAspirationWrite(({ id, ...body }: AssessmentBody & { id: string }) =>
    apiAnswer<Assessment>('POST', `${path(id)}/assessments`, { body }),
  );
}

/** Adds an action step: the next concrete move toward the vision. */
export function useAddStep() {
  return useAspirationWrite(({ id, text }: { id: string; text: string }) =>
    apiAnswer<ActionStep>('POST', `${path(id)}/steps`, { body: { text } }),
  );
}

/** Ticks an action step done (or undone), or rewrites it. */
export function useUpdateStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, stepId, ...body }: UpdateStepBody & { id: string; stepId: string }) =>
      apiAnswer<ActionStep>('PATCH', `${path(id)}/steps/${encodeURIComponent(stepId)}`, { body }),
    onMutate: async ({ id, stepId, ...body }) => {
      await queryClient.cancelQueries({ queryKey: detailKey(id) });
      const previous = queryClient.getQueryData<AspirationDetail>(detailKey(id));
      if (previous) {
        queryClient.setQueryData<AspirationDetail>(detailKey(id), {
          ...previous,
          steps: previous.steps.map((step) => (step.id === stepId ? { ...step, ...body } : step)),
        });
      }
      return { previous };
    },
    onError: (_error, { id }, context) => {
      if (context?.previous) queryClient.setQueryData(detailKey(id), context.previous);
    },
    onSettled: (_answer, _error, { id }) =>
      queryClient.invalidateQueries({ queryKey: detailKey(id) }),
  });
}

/** Removes an action step. */
export function useDeleteStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, stepId }: { id: string; stepId: string }) =>
      apiRequest('DELETE', `${path(id)}/steps/${encodeURIComponent(stepId)}`),
    onSuccess: (_answer, { id, stepId }) => {
      queryClient.setQueryData<AspirationDetail>(detailKey(id), (detail) =>
        detail ? { ...detail, steps: detail.steps.filter((step) => step.id !== stepId) } : detail,
      );
      return queryClient.invalidateQueries({ queryKey: detailKey(id) });
    },
  });
}

// ── Onboarding ─────────────────────────────────────────────────────────────

/** Records that the first-visit guide was finished or skipped. */
export function useFinishOnboarding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (onboarding: NonNullable<UpdateProfileBody['onboarding']>) =>
      apiAnswer<User>('PATCH', '/api/me', { body: { onboarding } }),
    onSuccess: (user) => queryClient.setQueryData(ME_QUERY_KEY, user),
  });
}
