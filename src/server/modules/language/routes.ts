import {
  CrisisResources,
  DEFAULT_CRISIS_RESOURCES,
  OrgCrisisResources,
  OrgCrisisResourcesBody,
} from '../../../contracts/language';
import { OrgParams } from '../../../contracts/orgs';
import { LanguageBody, LanguageFindings } from '../../../contracts/reflections';
import { needsSupport } from '../../../core/language/support';
import { findLimitingLanguage } from '../../../core/limiting-language';
import { callerId } from '../../http/authenticate';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import { setOrgCrisisResources } from './commands';
import { crisisResourcesFor, orgCrisisResources } from './queries';

/**
 * Limiting language (powerlessness, unworthiness, overgeneralization) in any text, the safety
 * net's `support` answer, and where help is. `support` is computed per request and never stored,
 * logged, counted or mailed.
 */
export async function languageRoutes(app: App, { db, crisisResources }: ServerDeps) {
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
      summary:
        'Where help is now: my organization’s own crisis resources, else the operator’s, else the built-in default',
      reply: CrisisResources,
      errors: [401],
    },
    async (request) => {
      const own = await crisisResourcesFor(db, callerId(request));
      if (own !== undefined)
        return { text: own, configured: true, source: 'organization' as const };
      return crisisResources === undefined
        ? { text: DEFAULT_CRISIS_RESOURCES, configured: false, source: 'default' as const }
        : { text: crisisResources, configured: true, source: 'operator' as const };
    },
  );
  const orgs = routeTable(app, 'organizations');
  orgs.get(
    '/api/orgs/:id/crisis-resources',
    {
      summary: 'An organization’s own crisis resources, or null when it uses the deployment’s',
      params: OrgParams,
      reply: OrgCrisisResources,
      errors: [400, 401, 404],
    },
    async (request) => orgCrisisResources(db, request.params.id, callerId(request)),
  );
  orgs.put(
    '/api/orgs/:id/crisis-resources',
    {
      summary:
        'Set the organization’s own crisis resources (admins): Markdown, cleaned; empty to use the deployment’s',
      params: OrgParams,
      body: OrgCrisisResourcesBody,
      reply: OrgCrisisResources,
      errors: [400, 401, 403, 404],
    },
    async (request) =>
      setOrgCrisisResources(db, request.params.id, callerId(request), request.body.text),
  );
}
