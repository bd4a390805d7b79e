import { clsx } from 'clsx';
import { useState } from 'react';
import { useTranslation } from '../../lib/use-translation';
import { EMOTION_GROUPS, type Emotion, type EmotionGroup } from '../../../core/emotions';
import { quadrantOf, type MoodPoint } from '../../lib/mood-grid';

const GROUPS = Object.keys(EMOTION_GROUPS) as EmotionGroup[];

/**
 * Emotion words to name a feeling, as toggle buttons: the words of the mood's quadrant first,
 * the others one tap away (or all of them when no mood is chosen).
 */
export function EmotionWords({
  point,
  emotions,
  onToggle,
  legend,
}: {
  point: MoodPoint | null;
  emotions: readonly string[];
  onToggle: (word: string) => void;
  legend?: string;
}) {
  const { t } = useTranslation();
  const [moreWords, setMoreWords] = useState(false);
  const quadrant = point ? quadrantOf(point) : null;
  const all = moreWords || !quadrant;
  const shownGroups = all ? GROUPS : [quadrant];
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-2 text-sm font-medium text-ink">{legend ?? t('mood.words')}</legend>
      {shownGroups.map((group) => (
        <div key={group} className="flex flex-col gap-1.5">
          {all ? <p className="text-xs text-ink-muted">{t(`mood.groups.${group}`)}</p> : null}
          <ul className="flex flex-wrap gap-1.5">
            {EMOTION_GROUPS[group].map((word: Emotion) => {
              const pressed = emotions.includes(word);
              return (
                <li key={word}>
                  <button
                    type="button"
                    aria-pressed={pressed}
                    onClick={() => onToggle(word)}
                    className={clsx(
                      'rounded-full border px-3 py-1 text-sm transition-colors duration-150',
                      pressed
                        ? 'border-accent bg-accent-soft font-medium text-accent-ink'
                        : 'border-line bg-surface text-ink-muted hover:border-line-strong hover:text-ink',
                    )}
                  >
                    {t(`emotions.${word}`)}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {quadrant ? (
        <button
          type="button"
          aria-expanded={moreWords}
          onClick={() => setMoreWords((open) => !open)}
          className="self-start rounded-sm text-sm font-medium text-accent-ink underline-offset-4 hover:underline"
        >
          {moreWords ? t('mood.fewerWords') : t('mood.moreWords')}
        </button>
      ) : null}
    </fieldset>
  );
}
