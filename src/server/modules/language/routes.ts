import { CrisisResources, DEFAULT_CRISIS_RESOURCES } from '../../../contracts/language';
import { LanguageBody, LanguageFindings } from '../../../contracts/reflections';
import { needsSupport } from '../../../core/language/support';
import { findLimitingLanguage } from '../../../core/limiting-language';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';

/**
 * Limiting language (powerlessness, unworthiness, overgeneralization) in any text, the safety
 * net's `support` answer, and where help is. `support` is computed per request and never stored,
 * logged, counted or mailed.
 */
export async function languageRoutes(app: App, { crisisResources }: ServerDeps) {
  const route = routeTable(app, 'reflections');
  route.post(
    '/api/language/limiting',
    {
      summary: 'Find limiting language in a text (offsets are UTF-16), and whether to show help',
      bodyLimit: 128 * 1024,
      body: LanguageBody,
      reply: LanguageFindings,
      errors: [400, 401, 403, 413],
    },
    async (request) => ({
      findings: findLimitingLanguage(request.body.text),
      support: needsSupport(request.body.text),
    }),
  );
  route.get(
    '/api/language/crisis-resources',
    {
      summary: 'Where help is now: the crisis resources of this deployment',
      reply: CrisisResources,
      errors: [401],
    },
    async () => ({
      text: crisisResources ?? DEFAULT_CRISIS_RESOURCES,
      configured: crisisResources !== undefined,
    }),
  );
}
