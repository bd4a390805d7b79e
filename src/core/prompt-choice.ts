import { dayNumber } from './calendar';
import { type Prompt, type PromptTheme, PROMPTS } from './prompts';

/**
 * The rule that chooses today's one prompt. Pure: "today" is passed in, nothing reads the clock,
 * and ties are broken by a stable hash of today's date, so the same state gives the same prompt.
 */

/** A prompt is not offered again until this many days after it was last shown. */
export const REPEAT_WINDOW_DAYS = 30;
/** Reality counts as stale once the last assessment is this many days old. */
export const STALE_REALITY_DAYS = 30;
/**
 * An eroding-goal or stale-reality prompt is offered at most once in this many days, so a
 * condition that lasts for weeks asks its question now and then instead of every morning.
 */
export const NUDGE_SPACING_DAYS = 7;

export type PromptState = {
  /** The person's local calendar date, `YYYY-MM-DD`. */
  today: string;
  /** Days since the latest reality assessment; null when never assessed or no aspirations. */
  daysSinceLastAssessment: number | null;
  hasActiveAspirations: boolean;
  erodingAspirationTitles: readonly string[];
  /** Prompts shown or answered recently, on local calendar dates. */
  recentPrompts: readonly { promptId: string; date: string }[];
  isWeeklyReviewDay?: boolean;
};

export type PromptReason = 'eroding_goal' | 'stale_reality' | 'weekly_review' | 'rotation';

export type PromptChoice = { prompt: Prompt; reason: PromptReason };

/** Prompts of theme vision or beliefs tagged `tension`: the ones offered for an eroding goal. */
export function isTensionPrompt(prompt: Prompt): boolean {
  return (
    (prompt.theme === 'vision' || prompt.theme === 'beliefs') &&
    (prompt.tags?.includes('tension') ?? false)
  );
}

/**
 * Today's prompt, by the first rule that applies:
 *
 * 1. `eroding_goal` — some aspiration is eroding, and no tension prompt was shown in the previous
 *    `NUDGE_SPACING_DAYS` days: a vision or beliefs prompt tagged `tension`.
 * 2. `stale_reality` — there are active aspirations, reality was never assessed or last assessed
 *    `STALE_REALITY_DAYS` or more days ago, and no current_reality prompt was shown in the
 *    previous `NUDGE_SPACING_DAYS` days: a current_reality prompt.
 * 3. `weekly_review` — today is the weekly review day: a weekly_review prompt.
 * 4. `rotation` — every theme but weekly_review takes its turn: among the themes that still have a
 *    prompt not shown in the last `REPEAT_WINDOW_DAYS` days, the one shown least recently
 *    (never shown first).
 *
 * Within the chosen kind or theme, the prompt is the one shown least recently (never shown
 * first): one not shown in the last `REPEAT_WINDOW_DAYS` days whenever there is one, and in a small
 * library where every one was, the least recently shown. A rule whose kind has no prompt in
 * `library` is skipped. Ties go by a stable hash of `today`. Entries in `recentPrompts` dated today or later are ignored, so
 * recording today's prompt does not change it. Throws a RangeError for an empty library or a
 * date that is not `YYYY-MM-DD`.
 *
 * @example choosePrompt({ today: '2026-11-23', daysSinceLastAssessment: 3,
 *   hasActiveAspirations: true, erodingAspirationTitles: [], recentPrompts: [] }).reason
 *   // 'rotation'
 */
export function choosePrompt(
  state: PromptState,
  library: readonly Prompt[] = PROMPTS,
): PromptChoice {
  if (library.length === 0) throw new RangeError('the prompt library is empty');
  const today = dayNumber(state.today);
  const lastShown = new Map<string, number>();
  for (const { promptId, date } of state.recentPrompts) {
    const day = dayNumber(date);
    if (day < today && day > (lastShown.get(promptId) ?? -Infinity)) lastShown.set(promptId, day);
  }
  const daysAgo = (prompt: Prompt) => today - (lastShown.get(prompt.id) ?? -Infinity);
  const shownWithin = (prompts: readonly Prompt[], days: number) =>
    prompts.some((p) => daysAgo(p) < days);
  const pick = (candidates: readonly Prompt[]) => leastRecent(candidates, daysAgo, state.today);

  const tension = library.filter(isTensionPrompt);
  if (
    state.erodingAspirationTitles.length > 0 &&
    tension.length > 0 &&
    !shownWithin(tension, NUDGE_SPACING_DAYS)
  ) {
    return { prompt: pick(tension), reason: 'eroding_goal' };
  }

  const reality = library.filter((p) => p.theme === 'current_reality');
  const stale =
    state.hasActiveAspirations &&
    (state.daysSinceLastAssessment === null || state.daysSinceLastAssessment >= STALE_REALITY_DAYS);
  if (stale && reality.length > 0 && !shownWithin(reality, NUDGE_SPACING_DAYS)) {
    return { prompt: pick(reality), reason: 'stale_reality' };
  }

  const review = library.filter((p) => p.theme === 'weekly_review');
  if (state.isWeeklyReviewDay && review.length > 0) {
    return { prompt: pick(review), reason: 'weekly_review' };
  }

  const rotating = library.filter((p) => p.theme !== 'weekly_review');
  const pool = rotating.length > 0 ? rotating : library;
  const byTheme = new Map<PromptTheme, Prompt[]>();
  for (const prompt of pool) {
    const group = byTheme.get(prompt.theme);
    if (group) group.push(prompt);
    else byTheme.set(prompt.theme, [prompt]);
  }
  const open = [...byTheme].filter(([, prompts]) =>
    prompts.some((p) => daysAgo(p) >= REPEAT_WINDOW_DAYS),
  );
  if (open.length === 0) return { prompt: pick(pool), reason: 'rotation' };
  const themeAgo = (prompts: readonly Prompt[]) => Math.min(...prompts.map(daysAgo));
  const [, prompts] = open.reduce((best, next) =>
    before(themeAgo(next[1]), next[0], themeAgo(best[1]), best[0], state.today) ? next : best,
  );
  return { prompt: pick(prompts), reason: 'rotation' };
}

/**
 * The candidate shown longest ago, never-shown first, ties broken by the hash of today and then
 * the id. When any candidate is outside the repeat window, so is the one chosen.
 */
function leastRecent(
  candidates: readonly Prompt[],
  daysAgo: (prompt: Prompt) => number,
  today: string,
): Prompt {
  return candidates.reduce((best, next) =>
    before(daysAgo(next), next.id, daysAgo(best), best.id, today) ? next : best,
  );
}

/** Whether (agoA, keyA) ranks before (agoB, keyB): longer ago first, then the smaller hash. */
function before(agoA: number, keyA: string, agoB: number, keyB: string, today: string): boolean {
  if (agoA !== agoB) return agoA > agoB;
  const hashA = fnv1a(`${today}|${keyA}`);
  const hashB = fnv1a(`${today}|${keyB}`);
  return hashA !== hashB ? hashA < hashB : keyA < keyB;
}

/** 32-bit FNV-1a: a small, stable string hash (not for security). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
