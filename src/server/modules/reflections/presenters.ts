import type { Reflection, ReflectionForm, ReflectionKind } from '../../../contracts/reflections';
import { needsSupport } from '../../../core/language/support';
import { findLimitingLanguage } from '../../../core/limiting-language';
import type { ReflectionRow } from './commands';
import type { SearchHit } from './search';

/** A reflection as its author sees it, with limiting language found in its body. */
export function presentReflection(row: ReflectionRow): Reflection {
  return {
    id: row.id,
    kind: row.kind as ReflectionKind,
    title: row.title,
    body: row.body,
    promptId: row.promptId,
    mood:
      row.moodPleasantness === null || row.moodEnergy === null
        ? null
        : { pleasantness: row.moodPleasantness, energy: row.moodEnergy },
    emotions: JSON.parse(row.emotions) as string[],
    tags: JSON.parse(row.tags) as string[],
    form: row.form ? (JSON.parse(row.form) as ReflectionForm) : null,
    at: row.at,
    date: row.date,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    limitingLanguage: findLimitingLanguage(row.body),
    // Computed for this answer only: never stored, logged, counted or mailed.
    support: needsSupport(`${row.title}\n${row.body}`),
  };
}

export function presentHit(row: SearchHit) {
  return { ...presentReflection(row), snippet: row.snippet };
}
