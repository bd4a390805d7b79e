import { useQuery } from '@tanstack/react-query';
import { DEFAULT_CRISIS_RESOURCES } from '../../contracts/crisis-resources-default';
import type { CrisisResources } from '../../contracts/language';
import { apiAnswer } from './api-client';

/**
 * Where help is, as this deployment's operator configured it (Markdown). Asked for only when it
 * is needed, and the built-in default is shown until the answer comes, so help shows at once.
 */
export function useCrisisResources(enabled: boolean): string {
  const query = useQuery({
    queryKey: ['crisis-resources'],
    enabled,
    staleTime: Infinity,
    queryFn: () => apiAnswer<CrisisResources>('GET', '/api/language/crisis-resources'),
  });
  return query.data?.text ?? DEFAULT_CRISIS_RESOURCES;
}
