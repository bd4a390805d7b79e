import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import {
  Adopted,
  LibraryEntryDetail,
  LibraryHistoryPage,
  LibraryPage,
  LibraryProposal,
  LibraryProposalPage,
  type CreateLibraryEntryBody,
  type CreateProposalBody,
  type LibraryKind,
  type UpdateLibraryEntryBody,
} from '../../../contracts/library';
import { OrgDetail } from '../../../contracts/orgs';
import { apiRequest } from '../../lib/api-client';

const KEY = 'library';
const PAGE_SIZE = 30;
const base = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}/library`;
const entryPath = (orgId: string, entryId: string) =>
  `${base(orgId)}/${encodeURIComponent(entryId)}`;

/** What the library list is narrowed to. */
export interface LibraryFilters {
  kind: LibraryKind | null;
  q: string;
  retired: boolean;
}

/** The organization the library belongs to: its name and my role in it. */
export function useLibraryOrg(orgId: string) {
  return useQuery({
    queryKey: ['orgs', 'detail', orgId],
    queryFn: () =>
      apiRequest('GET', `/api/orgs/${encodeURIComponent(orgId)}`, { schema: OrgDetail }),
  });
}

/** The library, a page at a time: the organization's own entries first, then built-in ones. */
export function useLibrary(orgId: string, filters: LibraryFilters) {
  return useInfiniteQuery({
    queryKey: [KEY, orgId, 'list', filters],
    initialPageParam: null as string | null,
    placeholderData: keepPreviousData,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (filters.kind) params.set('kind', filters.kind);
      if (filters.q.trim()) params.set('q', filters.q.trim());
      if (filters.retired) params.set('retired', 'true');
      if (pageParam) params.set('cursor', pageParam);
      return apiRequest('GET', `${base(orgId)}?${params}`, { schema: LibraryPage });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** One entry at its current version. */
export function useLibraryEntry(orgId: string, entryId: string) {
  return useQuery({
    queryKey: [KEY, orgId, 'entry', entryId],
    queryFn: () => apiRequest('GET', entryPath(orgId, entryId), { schema: LibraryEntryDetail }),
  });
}

/** An entry's versions, newest first, a page at a time. */
export function useEntryHistory(orgId: string, entryId: string) {
  return useInfiniteQuery({
    queryKey: [KEY, orgId, 'history', entryId],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      apiRequest(
        'GET',
        `${entryPath(orgId, entryId)}/history?limit=20${pageParam ? `&cursor=${pageParam}` : ''}`,
        { schema: LibraryHistoryPage },
      ),
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** Proposals: every open one (curators), or my own. */
export function useProposals(orgId: string, scope: 'open' | 'mine') {
  return useInfiniteQuery({
    queryKey: [KEY, orgId, 'proposals', scope],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      apiRequest(
        'GET',
        `${base(orgId)}/proposals?scope=${scope}&limit=${PAGE_SIZE}${pageParam ? `&cursor=${pageParam}` : ''}`,
        { schema: LibraryProposalPage },
      ),
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** After any change to an organization's library, everything of it is read again. */
function useLibraryMutation<V, D>(orgId: string, send: (variables: V) => Promise<D>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [KEY, orgId] }),
  });
}

/** Adds an entry of the organization's own (curators). */
export function useCreateEntry(orgId: string) {
  return useLibraryMutation(orgId, (body: CreateLibraryEntryBody) =>
    apiRequest('POST', base(orgId), { body, schema: LibraryEntryDetail }),
  );
}

/** Changes, retires or restores an entry (curators). */
export function useUpdateEntry(orgId: string, entryId: string) {
  return useLibraryMutation(orgId, (body: UpdateLibraryEntryBody) =>
    apiRequest('PATCH', entryPath(orgId, entryId), { body, schema: LibraryEntryDetail }),
  );
}

/** Proposes an addition or an improvement (members). */
export function usePropose(orgId: string) {
  return useLibraryMutation(orgId, (body: CreateProposalBody) =>
    apiRequest('POST', `${base(orgId)}/proposals`, { body, schema: LibraryProposal }),
  );
}

/** Accepts or declines a proposal (curators). */
export function useAnswerProposal(orgId: string) {
  return useLibraryMutation(
    orgId,
    ({ id, answer, note }: { id: string; answer: 'accept' | 'decline'; note: string }) =>
      apiRequest('POST', `${base(orgId)}/proposals/${encodeURIComponent(id)}/${answer}`, {
        body: { note },
        schema: LibraryProposal,
      }),
  );
}

/** Adopts a practice entry into my own practices. */
export function useAdopt(orgId: string, entryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest('POST', `${entryPath(orgId, entryId)}/adopt`, { body: {}, schema: Adopted }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [KEY, orgId] }),
        queryClient.invalidateQueries({ queryKey: ['practices'] }),
      ]),
  });
}

/** Counts a prompt chosen to reflect on. */
export function useChoosePrompt(orgId: string, entryId: string) {
  return useLibraryMutation(orgId, async () => {
    await apiRequest('POST', `${entryPath(orgId, entryId)}/choices`);
  });
}
