import { LanguageBody, LanguageFindings } from '../../../contracts/reflections';
import { findLimitingLanguage } from '../../../core/limiting-language';
import { routeTable } from '../../http/route-table';
import type { App } from '../../http/types';

/** Limiting language (powerlessness, unworthiness, overgeneralization) in any text. */
export async function languageRoutes(app: App) {
  routeTable(app, 'reflections').post(
    '/api/language/limiting',
    {
      summary: 'Find limiting language in a text; offsets are UTF-16',
      bodyLimit: 128 * 1024,
      body: LanguageBody,
      reply: LanguageFindings,
      errors: [400, 401, 403, 413],
    },
    async (request) => ({ findings: findLimitingLanguage(request.body.text) }),
  );
}
