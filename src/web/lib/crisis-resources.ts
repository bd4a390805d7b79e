import { useQuery } from '@tanstack/react-query';
import { CrisisResources, DEFAULT_CRISIS_RESOURCES } from '../../contracts/language';
import { apiRequest } from './api-client';

/**
 * Where help is, as this deployment's operator configured it (Markdown). Asked for only when it
 * is needed, and the built-in default is shown until the answer comes, so help shows at once.
 */
export function useCrisisResources(enabled: boolean): string {
  const query = useQuery({
    queryKey: ['crisis-resources'],
    enabled,
    staleTime: Infinity,
    queryFn: () => apiRequest('GET', '/api/language/crisis-resources', { schema: CrisisResources }),
  });
  return query.data?.text ?? DEFAULT_CRISIS_RESOURCES;
}
