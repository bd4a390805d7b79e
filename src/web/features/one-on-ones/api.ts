import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ActionItem,
  Agenda,
  type CreateActionBody,
  type CreateOneOnOneBody,
  type CreateTopicBody,
  Meeting,
  type MeetingBody,
  Note,
  OneOnOne,
  OneOnOneSummary,
  Topic,
  type UpdateActionBody,
  type UpdateTopicBody,
} from '../../../contracts/one-on-ones';
import { fetchAllPages } from '../../lib/all-pages';
import { apiRequest } from '../../lib/api-client';
import { afterSave, detailKeyOf } from '../../lib/item-cache';

const ROOT = 'one-on-ones';
const detailKey = detailKeyOf(ROOT);
const path = (id: string) => `/api/one-on-ones/${encodeURIComponent(id)}`;
const itemPath = (id: string, kind: 'topics' | 'notes' | 'actions', itemId: string) =>
  `${path(id)}/${kind}/${encodeURIComponent(itemId)}`;

/** My 1:1 spaces, newest first. */
export function useSpaces() {
  return useQuery({
    queryKey: [ROOT, 'list'],
    queryFn: () => fetchAllPages('/api/one-on-ones', OneOnOneSummary),
  });
}

/** One space: agenda, notes and action items. */
export function useSpace(id: string) {
  return useQuery({
    queryKey: detailKey(id),
    queryFn: () => apiRequest('GET', path(id), { schema: OneOnOne }),
  });
}

export function useStartSpace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOneOnOneBody) =>
      apiRequest('POST', '/api/one-on-ones', { body, schema: OneOnOne }),
    onSuccess: (space) => afterSave(queryClient, ROOT, space),
  });
}

/** Ends the space (owner): the colleague loses access now. */
export function useEndSpace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest('POST', `${path(id)}/end`, { schema: OneOnOne }),
    onSuccess: (space) => afterSave(queryClient, ROOT, space),
  });
}

/** A change inside a space: afterwards the space and the lists are read again. */
function useSpaceWrite<T extends { id: string }, R>(write: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (_answer, input) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: detailKey(input.id) }),
        queryClient.invalidateQueries({ queryKey: [ROOT, 'list'] }),
      ]),
  });
}

export function useAddTopic() {
  return useSpaceWrite(({ id, ...body }: CreateTopicBody & { id: string }) =>
    apiRequest('POST', `${path(id)}/topics`, { body, schema: Topic }),
  );
}

export function useUpdateTopic() {
  return useSpaceWrite(
    ({ id, topicId, ...body }: UpdateTopicBody & { id: string; topicId: string }) =>
      apiRequest('PATCH', itemPath(id, 'topics', topicId), { body, schema: Topic }),
  );
}

export function useDeleteTopic() {
  return useSpaceWrite(({ id, topicId }: { id: string; topicId: string }) =>
    apiRequest('DELETE', itemPath(id, 'topics', topicId)),
  );
}

/** Puts the agenda in a new order (every topic, once each). */
export function useReorderTopics() {
  return useSpaceWrite(({ id, topicIds }: { id: string; topicIds: string[] }) =>
    apiRequest('PUT', `${path(id)}/topics/order`, {
      body: { topicIds },
      schema: Agenda,
    }),
  );
}

export function useAddNote() {
  return useSpaceWrite(({ id, body }: { id: string; body: string }) =>
    apiRequest('POST', `${path(id)}/notes`, { body: { body }, schema: Note }),
  );
}

export function useUpdateNote() {
  return useSpaceWrite(({ id, noteId, body }: { id: string; noteId: string; body: string }) =>
    apiRequest('PATCH', itemPath(id, 'notes', noteId), { body: { body }, schema: Note }),
  );
}

export function useDeleteNote() {
  return useSpaceWrite(({ id, noteId }: { id: string; noteId: string }) =>
    apiRequest('DELETE', itemPath(id, 'notes', noteId)),
  );
}

export function useAddAction() {
  return useSpaceWrite(({ id, ...body }: CreateActionBody & { id: string }) =>
    apiRequest('POST', `${path(id)}/actions`, { body, schema: ActionItem }),
  );
}

export function useUpdateAction() {
  return useSpaceWrite(
    ({ id, actionId, ...body }: UpdateActionBody & { id: string; actionId: string }) =>
      apiRequest('PATCH', itemPath(id, 'actions', actionId), { body, schema: ActionItem }),
  );
}

export function useDeleteAction() {
  return useSpaceWrite(({ id, actionId }: { id: string; actionId: string }) =>
    apiRequest('DELETE', itemPath(id, 'actions', actionId)),
  );
}

/** Sets or changes the space's next meeting (either of the two). */
export function useSetMeeting() {
  return useSpaceWrite(({ id, ...body }: MeetingBody & { id: string }) =>
    apiRequest('PUT', `${path(id)}/meeting`, { body, schema: Meeting }),
  );
}

export function useClearMeeting() {
  return useSpaceWrite(({ id }: { id: string }) => apiRequest('DELETE', `${path(id)}/meeting`));
}
