import type { Reaction } from '../../../contracts/reactions';
import { needsSupport } from '../../../core/language/support';
import { emotionsOf, type ReactionRow } from './queries';

/** A reaction as its author sees it. */
export function presentReaction(row: ReactionRow): Reaction {
  return {
    id: row.id,
    at: row.at,
    date: row.date,
    trigger: row.trigger,
    emotions: emotionsOf(row),
    intensity: row.intensity,
    automaticReaction: row.automaticReaction,
    chosenResponse: row.chosenResponse,
    outcome: row.outcome,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    // Computed for this answer only: never stored, logged, counted or mailed.
    support: needsSupport(
      [row.trigger, row.automaticReaction, row.chosenResponse, row.outcome].join('\n'),
    ),
  };
}
