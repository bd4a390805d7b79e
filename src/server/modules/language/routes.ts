import { LanguageBody, LanguageFindings } from '../../../contracts/reflections';
import { findLimitingLanguage } from '../../../core/limiting-language';
import { type App, errorResponses } from '../../http/types';

/** Limiting language (powerlessness, unworthiness, overgeneralization) in any text. */
export async function languageRoutes(app: App) {
  app.post(
    '/api/language/limiting',
    {
      bodyLimit: 128 * 1024,
      schema: {
        tags: ['reflections'],
        summary: 'Find limiting language in a text; offsets are UTF-16',
        body: LanguageBody,
        response: { 200: LanguageFindings, ...errorResponses(400, 401, 403, 413) },
      },
    },
    async (request) => ({ findings: findLimitingLanguage(request.body.text) }),
  );
}
