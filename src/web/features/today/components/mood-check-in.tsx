import { Check } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { Today } from '../../../../contracts/today';
import { Button } from '../../../components/ui/button';
import { EmotionWords } from '../../../components/ui/emotion-words';
import { FormAlert } from '../../../components/ui/form-alert';
import { MoodGrid, type MoodGridHandle } from '../../../components/ui/mood-grid';
import { describeError } from '../../../lib/form-errors';
import { formatTime } from '../../../lib/format';
import type { MoodPoint } from '../../../lib/mood-grid';
import { moodSentence } from '../../../lib/mood-words';
import { useCheckInMood } from '../api';
import { SectionHeading } from './empty-note';

/**
 * "How are you?": the two-axis mood grid (pleasantness left to right, energy bottom to top,
 * each −5..5) as one radio group that arrow keys move across, optional emotion words of the
 * chosen quadrant (others one tap away), and today's latest check-in.
 */
export function MoodCheckIn({ today, timeZone }: { today: Today; timeZone: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const save = useCheckInMood();
  const latest = today.mood;
  const [point, setPoint] = useState<MoodPoint | null>(
    latest ? { pleasantness: latest.pleasantness, energy: latest.energy } : null,
  );
  const [emotions, setEmotions] = useState<string[]>(latest?.emotions ?? []);
  const [missing, setMissing] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  const grid = useRef<MoodGridHandle>(null);

  const choose = (next: MoodPoint) => {
    setPoint(next);
    setMissing(false);
    setJustSaved(false);
  };
  const toggle = (word: string) => {
    setJustSaved(false);
    setEmotions((list) =>
      list.includes(word) ? list.filter((w) => w !== word) : [...list, word].slice(0, 12),
    );
  };
  const submit = () => {
    if (save.isPending) return;
    if (!point) {
      setMissing(true);
      grid.current?.focus();
      return;
    }
    save.mutate({ ...point, emotions }, { onSuccess: () => setJustSaved(true) });
  };

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <SectionHeading id={headingId}>{t('today.mood.title')}</SectionHeading>
      <div className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-4 sm:p-5">
        <p className="text-sm text-ink-muted">{t('today.mood.explain')}</p>
        <MoodGrid value={point} onChange={choose} invalid={missing} handle={grid} />
        <p className="text-center text-sm font-medium text-ink tabular-nums">
          {point ? moodSentence(point, t, { capitalized: true }) : t('today.mood.notChosen')}
        </p>
        {missing ? <FormAlert tone="info">{t('today.mood.none')}</FormAlert> : null}

        {point ? <EmotionWords point={point} emotions={emotions} onToggle={toggle} /> : null}

        {save.isError ? <FormAlert>{describeError(save.error, t)}</FormAlert> : null}
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p role="status" className="min-w-0 flex-1 text-sm text-ink-muted">
            {latest ? (
              <span className="inline-flex items-start gap-1.5">
                {justSaved ? (
                  <Check aria-hidden className="mt-0.5 size-4 shrink-0 text-accent-ink" />
                ) : null}
                <span>
                  {t('today.mood.latest', {
                    time: formatTime(latest.at, navigator.language, timeZone),
                    mood: moodSentence(latest, t, { feelings: latest.emotions }),
                  })}
                </span>
              </span>
            ) : null}
          </p>
          <Button variant="primary" loading={save.isPending} onClick={submit}>
            {t('today.mood.save')}
          </Button>
        </div>
      </div>
    </section>
  );
}
