import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { LibraryPage, type LibraryKind } from '../../../contracts/library';
import { OrgDetail } from '../../../contracts/orgs';
import {
  AdoptedPractice,
  type CreateProgramBody,
  CurriculumItem,
  type CurriculumItemBody,
  EnrollmentResult,
  Program,
  ProgramPage,
  ProgramSession,
  RosterPage,
  type SessionBody,
  type UpdateSessionBody,
  type CurriculumWeekBody,
  type UpdateProgramBody,
} from '../../../contracts/programs';
import { apiRequest } from '../../lib/api-client';

const ROOT = 'programs';
const path = (id: string) => `/api/programs/${encodeURIComponent(id)}`;
const PAGE_SIZE = 50;
const cursor = (pageParam: string | null) =>
  pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : '';

/** The organization a programs page belongs to: its name and my role in it. */
export function useProgramsOrg(orgId: string) {
  return useQuery({
    queryKey: [ROOT, 'org', orgId],
    queryFn: () =>
      apiRequest('GET', `/api/orgs/${encodeURIComponent(orgId)}`, { schema: OrgDetail }),
  });
}

/** The organization's programs, open or all, by start date, a page at a time. */
export function useOrgPrograms(orgId: string, status: 'open' | 'all') {
  return useInfiniteQuery({
    queryKey: [ROOT, 'list', orgId, status],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      apiRequest(
        'GET',
        `/api/orgs/${encodeURIComponent(orgId)}/programs?limit=${PAGE_SIZE}&status=${status}${cursor(pageParam)}`,
        { schema: ProgramPage },
      ),
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** The programs whose curriculum holds an item picked from a library entry (the first 50). */
export function useProgramsWithEntry(orgId: string, entryId: string) {
  return useQuery({
    queryKey: [ROOT, 'list', orgId, 'entry', entryId],
    queryFn: () =>
      apiRequest(
        'GET',
        `/api/orgs/${encodeURIComponent(orgId)}/programs?limit=${PAGE_SIZE}&libraryEntryId=${encodeURIComponent(entryId)}`,
        { schema: ProgramPage },
      ),
  });
}

export function useProgram(id: string) {
  return useQuery({
    queryKey: [ROOT, 'detail', id],
    queryFn: () => apiRequest('GET', path(id), { schema: Program }),
  });
}

/** Who holds a seat, or who waits, in order, a page at a time (facilitators and admins). */
export function useRoster(id: string, list: 'enrolled' | 'waitlisted', enabled: boolean) {
  return useInfiniteQuery({
    queryKey: [ROOT, 'roster', id, list],
    enabled,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      apiRequest('GET', `${path(id)}/roster?list=${list}&limit=${PAGE_SIZE}${cursor(pageParam)}`, {
        schema: RosterPage,
      }),
    getNextPageParam: (page) => page.nextCursor,
  });
}

/**
 * The organization's library (its own entries, then the built-in ones), one kind or both,
 * searched, a page at a time: what a curriculum picks from.
 */
export function useLibraryPicker(
  orgId: string,
  kind: LibraryKind | undefined,
  q: string,
  enabled: boolean,
) {
  return useInfiniteQuery({
    queryKey: [ROOT, 'library-picker', orgId, kind ?? 'all', q.trim()],
    enabled,
    initialPageParam: null as string | null,
    placeholderData: keepPreviousData,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: '20' });
      if (kind) params.set('kind', kind);
      if (q.trim()) params.set('q', q.trim());
      if (pageParam) params.set('cursor', pageParam);
      return apiRequest('GET', `/api/orgs/${encodeURIComponent(orgId)}/library?${params}`, {
        schema: LibraryPage,
      });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** A write about one program: afterwards the program, its roster and the lists are read again. */
function useProgramWrite<I, R>(id: string, write: (input: I) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [ROOT, 'detail', id] }),
        queryClient.invalidateQueries({ queryKey: [ROOT, 'roster', id] }),
        queryClient.invalidateQueries({ queryKey: [ROOT, 'list'] }),
      ]),
  });
}

export function useCreateProgram(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProgramBody) =>
      apiRequest('POST', `/api/orgs/${encodeURIComponent(orgId)}/programs`, {
        body,
        schema: Program,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [ROOT, 'list', orgId] }),
  });
}

export function useUpdateProgram(id: string) {
  return useProgramWrite(id, (body: UpdateProgramBody) =>
    apiRequest('PATCH', path(id), { body, schema: Program }),
  );
}

export function useEnroll(id: string) {
  return useProgramWrite(id, () =>
    apiRequest('POST', `${path(id)}/enrollments`, { schema: EnrollmentResult }),
  );
}

export function useWithdraw(id: string) {
  return useProgramWrite(id, () => apiRequest('DELETE', `${path(id)}/enrollments/me`));
}

export function useAddSession(id: string) {
  return useProgramWrite(id, (body: SessionBody) =>
    apiRequest('POST', `${path(id)}/sessions`, { body, schema: ProgramSession }),
  );
}

export function useUpdateSession(id: string) {
  return useProgramWrite(
    id,
    ({ sessionId, body }: { sessionId: string; body: UpdateSessionBody }) =>
      apiRequest('PATCH', `${path(id)}/sessions/${encodeURIComponent(sessionId)}`, {
        body,
        schema: ProgramSession,
      }),
  );
}

/** Sets one week's prompts and practices as a whole (kept by id, added, or left out). */
export function useSetWeek(id: string) {
  return useProgramWrite(id, ({ week, body }: { week: number; body: CurriculumWeekBody }) =>
    apiRequest('PUT', `${path(id)}/curriculum/weeks/${week}`, { body, schema: Program }),
  );
}

export function useRemoveSession(id: string) {
  return useProgramWrite(id, (sessionId: string) =>
    apiRequest('DELETE', `${path(id)}/sessions/${encodeURIComponent(sessionId)}`),
  );
}

export function useAddItem(id: string) {
  return useProgramWrite(id, (body: CurriculumItemBody) =>
    apiRequest('POST', `${path(id)}/curriculum`, { body, schema: CurriculumItem }),
  );
}

export function useRemoveItem(id: string) {
  return useProgramWrite(id, (itemId: string) =>
    apiRequest('DELETE', `${path(id)}/curriculum/${encodeURIComponent(itemId)}`),
  );
}

/** Makes a curriculum practice my own private practice. */
export function useAdopt(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (itemId: string) =>
      apiRequest('POST', `${path(id)}/curriculum/${encodeURIComponent(itemId)}/adopt`, {
        body: { schedule: { type: 'daily' } },
        schema: AdoptedPractice,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['practices'] }),
  });
}
