import type { Belief } from '../../../contracts/beliefs';
import { findLimitingLanguage } from '../../../core/limiting-language';
import type { BeliefRow } from './commands';

/** A belief as its author sees it, with the limiting phrases found in its statement. */
export function presentBelief(row: BeliefRow): Belief {
  return {
    id: row.id,
    statement: row.statement,
    kind: row.kind,
    evidenceFor: row.evidenceFor,
    evidenceAgainst: row.evidenceAgainst,
    reframe: row.reframe,
    sourceReflectionId: row.sourceReflectionId,
    limitingLanguage: findLimitingLanguage(row.statement),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
