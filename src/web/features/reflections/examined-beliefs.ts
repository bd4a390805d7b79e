import { useQuery } from '@tanstack/react-query';
import { Belief } from '../../../contracts/beliefs';
import { pageOf } from '../../../contracts/common';
import type { Reflection } from '../../../contracts/reflections';
import { apiRequest } from '../../lib/api-client';

/**
 * The belief a limiting phrase of a reflection was already examined as: one of the beliefs
 * examined from that reflection whose statement still holds the phrase (compared without case),
 * the newest first; null when none does.
 *
 * @example examinedAs({ text: "I can't" }, [{ id: 'b1', statement: "I can't say no." }]) // the belief b1
 */
export function examinedAs<T extends Pick<Belief, 'statement'>>(
  finding: Pick<Reflection['limitingLanguage'][number], 'text'>,
  beliefs: readonly T[],
): T | null {
  const phrase = finding.text.toLocaleLowerCase();
  return beliefs.find((belief) => belief.statement.toLocaleLowerCase().includes(phrase)) ?? null;
}

/**
 * The beliefs examined from one of my reflections, newest first. Kept under the beliefs' key, so
 * examining a new one refreshes it.
 */
export function useBeliefsExaminedFrom(reflectionId: string) {
  return useQuery({
    queryKey: ['beliefs', 'from-reflection', reflectionId],
    queryFn: async () =>
      (
        await apiRequest(
          'GET',
          `/api/beliefs?limit=100&reflection=${encodeURIComponent(reflectionId)}`,
          { schema: pageOf(Belief) },
        )
      ).items,
  });
}
