import { useQuery } from '@tanstack/react-query';
import { pageOf } from '../../contracts/common';
import { AspirationSummary } from '../../contracts/vision';
import { apiRequest } from './api-client';

/**
 * My active aspirations (at most 100), which feedback, a review or a team outcome may be about;
 * `enabled: false` waits until they are needed (a dialog opens).
 */
export function useActiveAspirations(enabled = true) {
  return useQuery({
    queryKey: ['aspirations', 'list', 'active'],
    queryFn: async () =>
      (
        await apiRequest('GET', '/api/aspirations?status=active&limit=100', {
          schema: pageOf(AspirationSummary),
        })
      ).items,
    enabled,
  });
}
