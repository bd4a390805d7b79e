import { clsx } from 'clsx';
import { useTranslation } from '../../lib/use-translation';
import { MOOD_MAX, MOOD_MIN, type MoodPoint } from '../../lib/mood-grid';
import { moodSentence } from '../../lib/mood-words';

const LEVELS = Array.from({ length: MOOD_MAX - MOOD_MIN + 1 }, (_, i) => MOOD_MIN + i);

function Rail({ label, level }: { label: string; level: number }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <span className="text-xs text-ink-muted">{label}</span>
      <span className="inline-flex items-center gap-0.5">
        {LEVELS.map((step) => (
          <span
            key={step}
            className={clsx(
              'rounded-full',
              step === level ? 'size-2 bg-accent' : 'size-1 bg-line-strong/50',
            )}
          />
        ))}
      </span>
    </span>
  );
}

/** A mood as two small rails of dots (pleasantness, energy) and in words beside them. */
export function MoodDots({ mood, className }: { mood: MoodPoint; className?: string }) {
  const { t } = useTranslation();
  return (
    <span className={clsx('inline-flex flex-wrap items-center gap-x-3 gap-y-1', className)}>
      <span aria-hidden className="inline-flex flex-wrap items-center gap-x-3 gap-y-1">
        <Rail label={t('mood.pleasantShort')} level={mood.pleasantness} />
        <Rail label={t('mood.energyShort')} level={mood.energy} />
      </span>
      <span>{moodSentence(mood, t, { capitalized: true })}</span>
    </span>
  );
}
