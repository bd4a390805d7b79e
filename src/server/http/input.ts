import type { FastifyInstance } from 'fastify';
import { controlCharacterPath } from '../../core/text';
import { AppError } from '../errors';

/**
 * Refuses, before any route's validation, a request whose path parameters, query or JSON body
 * hold a control character other than tab, line feed and carriage return, anywhere (object keys
 * too): 400 `validation_failed` with the path of the first such text, in the shape schema
 * failures use. One check for every route, present and future, so no such text reaches a
 * database (PostgreSQL cannot store NUL) or a search snippet. Headers need none: Node refuses
 * control characters in them, and the cookies and tokens we read are only ever hashed.
 */
export function installInputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const places = [
      ['params', 'path', request.params],
      ['querystring', 'query', request.query],
      ['body', 'body', request.body],
    ] as const;
    for (const [where, name, value] of places) {
      const path = controlCharacterPath(value);
      if (path !== null) {
        throw new AppError(400, 'validation_failed', `Some of the ${name} is not valid.`, {
          in: where,
          issues: [{ path, message: 'Remove control characters from this text.', code: 'text' }],
        });
      }
    }
  });
}
