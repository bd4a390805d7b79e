import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Reaction,
  ReactionPatterns,
  type CreateReactionBody,
  type UpdateReactionBody,
} from '../../../contracts/reactions';
import { apiRequest } from '../../lib/api-client';
import { ownedItems } from '../../lib/owned-items';

const reactions = ownedItems({
  root: 'reactions',
  base: '/api/reactions',
  detail: Reaction,
  row: Reaction,
});

/** My reaction log, newest first, a page at a time. */
export const useReactions = () => reactions.useList();

/** One reaction. */
export const useReaction = (id: string) => reactions.useItem(id);

/** The most frequent trigger words and emotions of the last `days` days, today included. */
export function useReactionPatterns(days: number) {
  return useQuery({
    queryKey: [reactions.root, 'patterns', days],
    placeholderData: keepPreviousData,
    queryFn: () =>
      apiRequest('GET', `/api/reactions/patterns?days=${days}`, { schema: ReactionPatterns }),
  });
}

/** Logs a reaction. */
export const useCreateReaction = () =>
  reactions.useWrite((body: CreateReactionBody) => reactions.create(body));

/** Changes a reaction, e.g. adds the chosen response and its outcome later. */
export const useUpdateReaction = () =>
  reactions.useWrite((input: UpdateReactionBody & { id: string }) => reactions.update(input));

/** Deletes a reaction. */
export const useDeleteReaction = () => reactions.useDelete();
