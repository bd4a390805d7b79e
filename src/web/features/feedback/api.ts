import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  AskedOfMe,
  CreatedFeedbackRequest,
  FeedbackAssessment,
  FeedbackInvitation,
  FeedbackRequest,
  AnswerRecorded,
  type CreateFeedbackRequestBody,
  type FeedbackAnswerBody,
  type FeedbackAssessmentBody,
  type LinkAnswerBody,
} from '../../../contracts/feedback';
import { LearningItemDetail } from '../../../contracts/learning';
import { apiRequest } from '../../lib/api-client';
import { fetchAllPages } from '../../lib/all-pages';
import { TODAY_KEY } from '../../lib/item-cache';
import { colleaguesOf, fetchMyOrgDetails } from '../../lib/colleagues';

const FEEDBACK_KEY = ['feedback'] as const;
const tokenPath = (token: string) => `/api/feedback/answers/${encodeURIComponent(token)}`;

/** My requests for feedback, newest first, each with the answers that may be shown. */
export function useFeedbackRequests() {
  return useQuery({
    queryKey: [...FEEDBACK_KEY, 'list'],
    queryFn: () => fetchAllPages('/api/feedback/requests', FeedbackRequest),
  });
}

/** One of my requests, with the answers that may be shown. */
export function useFeedbackRequest(id: string) {
  return useQuery({
    queryKey: [...FEEDBACK_KEY, 'detail', id],
    queryFn: () =>
      apiRequest('GET', `/api/feedback/requests/${encodeURIComponent(id)}`, {
        schema: FeedbackRequest,
      }),
  });
}

/**
 * Asks for feedback: answers with one single-use link per person asked by email, shown once
 * (colleagues get none: the request appears on their own Feedback page).
 */
export function useCreateFeedbackRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateFeedbackRequestBody) =>
      apiRequest('POST', '/api/feedback/requests', { body, schema: CreatedFeedbackRequest }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FEEDBACK_KEY }),
  });
}

/** Whom I can ask by name: the other people of my organizations. */
export function useColleagues(myId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['colleagues', myId],
    queryFn: async () => colleaguesOf(await fetchMyOrgDetails(), myId),
    enabled,
  });
}

/** What a feedback link asks, for anyone holding it (no sign-in). */
export function useFeedbackInvitation(token: string) {
  return useQuery({
    queryKey: ['feedback-link', token],
    queryFn: () => apiRequest('GET', tokenPath(token), { schema: FeedbackInvitation }),
    retry: false,
    refetchOnWindowFocus: false,
  });
}

/** Answers through a feedback link, once, with the name typed (never anonymously). */
export function useAnswerThroughLink(token: string) {
  return useMutation({
    mutationFn: (body: LinkAnswerBody) =>
      apiRequest('POST', tokenPath(token), { body, schema: AnswerRecorded }),
  });
}

/** Requests asked of me as a colleague, newest first, with whether I answered each. */
export function useAskedOfMe() {
  return useQuery({
    queryKey: [...FEEDBACK_KEY, 'asked'],
    queryFn: () => fetchAllPages('/api/feedback/asked-of-me', AskedOfMe),
  });
}

/** One request asked of me. */
export function useAskedOfMeOne(id: string) {
  return useQuery({
    queryKey: [...FEEDBACK_KEY, 'asked', id],
    queryFn: () =>
      apiRequest('GET', `/api/feedback/asked-of-me/${encodeURIComponent(id)}`, {
        schema: AskedOfMe,
      }),
  });
}

/** Answers a request asked of me, signed in, once: named, or anonymously where it allows. */
export function useAnswerAsColleague(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FeedbackAnswerBody) =>
      apiRequest('POST', `/api/feedback/requests/${encodeURIComponent(id)}/answers`, {
        body,
        schema: AnswerRecorded,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...FEEDBACK_KEY, 'asked'] }),
  });
}

/** Closes one of my requests: no more answers; anonymous ones show if at least three came. */
export function useCloseFeedbackRequest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest('POST', `/api/feedback/requests/${encodeURIComponent(id)}/close`, {
        schema: FeedbackRequest,
      }),
    onSuccess: (request) => {
      queryClient.setQueryData([...FEEDBACK_KEY, 'detail', id], request);
      return queryClient.invalidateQueries({ queryKey: [...FEEDBACK_KEY, 'list'] });
    },
  });
}

const answerPath = (requestId: string, answerId: string) =>
  `/api/feedback/requests/${encodeURIComponent(requestId)}/answers/${encodeURIComponent(answerId)}`;

/**
 * Turns an answer I received into a learning item (kind feedback; its insights are the answer),
 * serving the aspiration the request was about.
 */
export function useSaveAnswerAsLearning(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answerId: string) =>
      apiRequest('POST', `${answerPath(requestId, answerId)}/learning-item`, {
        body: {},
        schema: LearningItemDetail,
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['learning'] }),
        queryClient.invalidateQueries({ queryKey: TODAY_KEY }),
      ]),
  });
}

/** Assesses where I am on one of my aspirations, with an answer I received as the evidence. */
export function useAnswerAsEvidence(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ answerId, ...body }: FeedbackAssessmentBody & { answerId: string }) =>
      apiRequest('POST', `${answerPath(requestId, answerId)}/reality-assessment`, {
        body,
        schema: FeedbackAssessment,
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['aspirations'] }),
        queryClient.invalidateQueries({ queryKey: TODAY_KEY }),
      ]),
  });
}
