import { clsx } from 'clsx';
import { Check } from 'lucide-react';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EMOTION_GROUPS, type Emotion, type EmotionGroup } from '../../../../core/emotions';
import type { Today } from '../../../../contracts/today';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { describeError } from '../../../lib/form-errors';
import { formatTime } from '../../../lib/format';
import { useCheckInMood } from '../api';
import { MOOD_MAX, MOOD_MIN, moveOnGrid, quadrantOf, type MoodPoint } from '../mood-grid';
import { SectionHeading } from './empty-note';

const LEVELS = Array.from({ length: MOOD_MAX - MOOD_MIN + 1 }, (_, i) => MOOD_MIN + i);
const GROUPS = Object.keys(EMOTION_GROUPS) as EmotionGroup[];
const key = ({ pleasantness, energy }: MoodPoint) => `${pleasantness}:${energy}`;
/** A minus sign, not a hyphen, for the negative levels people read. */
const signed = (n: number) => (n < 0 ? `−${-n}` : String(n));

/**
 * "How are you?": the two-axis mood grid (pleasantness left to right, energy bottom to top,
 * each −5..5) as one radio group that arrow keys move across, optional emotion words of the
 * chosen quadrant (others one tap away), and today's latest check-in.
 */
export function MoodCheckIn({ today, timeZone }: { today: Today; timeZone: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const gridLabelId = useId();
  const keysId = useId();
  const save = useCheckInMood();
  const latest = today.mood;
  const [point, setPoint] = useState<MoodPoint | null>(
    latest ? { pleasantness: latest.pleasantness, energy: latest.energy } : null,
  );
  const [emotions, setEmotions] = useState<string[]>(latest?.emotions ?? []);
  const [moreWords, setMoreWords] = useState(false);
  const [missing, setMissing] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  const cells = useRef(new Map<string, HTMLButtonElement>());

  const focusTarget = point ?? { pleasantness: 0, energy: 0 };
  const choose = (next: MoodPoint, focus = false) => {
    setPoint(next);
    setMissing(false);
    setJustSaved(false);
    if (focus) cells.current.get(key(next))?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, from: MoodPoint) => {
    const next = moveOnGrid(from, event.key);
    if (!next) return;
    event.preventDefault();
    choose(next, true);
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
      cells.current.get(key(focusTarget))?.focus();
      return;
    }
    save.mutate({ ...point, emotions }, { onSuccess: () => setJustSaved(true) });
  };

  const quadrant = point ? quadrantOf(point) : null;
  const shownGroups = moreWords ? GROUPS : quadrant ? [quadrant] : [];
  const rows = [...LEVELS].reverse(); // high energy on top

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <SectionHeading id={headingId}>{t('today.mood.title')}</SectionHeading>
      <div className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-4 sm:p-5">
        <p className="text-sm text-ink-muted">{t('today.mood.explain')}</p>
        <div className="flex flex-col items-center gap-1.5">
          <span id={gridLabelId} className="sr-only">
            {t('today.mood.grid')}
          </span>
          <span aria-hidden className="text-xs font-medium text-ink-muted">
            {t('today.mood.highEnergy')} ↑
          </span>
          <div
            role="radiogroup"
            aria-labelledby={gridLabelId}
            aria-describedby={keysId}
            aria-invalid={missing || undefined}
            className="relative grid grid-cols-11 rounded-lg border border-line bg-paper p-1"
          >
            {/* The axes: the middle row and column. */}
            <span
              aria-hidden
              className="pointer-events-none absolute inset-x-1 top-1/2 h-px -translate-y-1/2 bg-line"
            />
            <span
              aria-hidden
              className="pointer-events-none absolute inset-y-1 left-1/2 w-px -translate-x-1/2 bg-line"
            />
            {rows.map((energy) =>
              LEVELS.map((pleasantness) => {
                const cell = { pleasantness, energy };
                const selected = point?.pleasantness === pleasantness && point.energy === energy;
                const isTarget =
                  focusTarget.pleasantness === pleasantness && focusTarget.energy === energy;
                return (
                  <button
                    key={key(cell)}
                    ref={(element) => {
                      if (element) cells.current.set(key(cell), element);
                      else cells.current.delete(key(cell));
                    }}
                    type="button"
                    role="radio"
                    aria-checked={selected}
                    aria-label={t('today.mood.cell', {
                      pleasantness: signed(pleasantness),
                      energy: signed(energy),
                    })}
                    tabIndex={isTarget ? 0 : -1}
                    onClick={() => choose(cell)}
                    onKeyDown={(event) => onKeyDown(event, cell)}
                    className="group relative flex size-6 items-center justify-center rounded-md hover:bg-sunken"
                  >
                    <span
                      aria-hidden
                      className={clsx(
                        'rounded-full transition-all duration-150 motion-reduce:transition-none',
                        selected
                          ? 'size-4 bg-accent ring-2 ring-accent/30'
                          : 'size-1.5 bg-line-strong/60 group-hover:bg-ink-muted',
                      )}
                    />
                  </button>
                );
              }),
            )}
          </div>
          <span aria-hidden className="text-xs font-medium text-ink-muted">
            ↓ {t('today.mood.lowEnergy')}
          </span>
          <span
            aria-hidden
            className="flex w-full max-w-[17rem] justify-between text-xs font-medium text-ink-muted"
          >
            <span>← {t('today.mood.unpleasant')}</span>
            <span>{t('today.mood.pleasant')} →</span>
          </span>
          <p id={keysId} className="sr-only">
            {t('today.mood.keys')}
          </p>
        </div>
        <p className="text-center text-sm font-medium text-ink tabular-nums">
          {point
            ? t('today.mood.choice', {
                pleasantness: signed(point.pleasantness),
                energy: signed(point.energy),
              })
            : t('today.mood.notChosen')}
        </p>
        {missing ? <FormAlert tone="info">{t('today.mood.none')}</FormAlert> : null}

        {point ? (
          <fieldset className="flex flex-col gap-3">
            <legend className="mb-2 text-sm font-medium text-ink">{t('today.mood.words')}</legend>
            {shownGroups.map((group) => (
              <div key={group} className="flex flex-col gap-1.5">
                {moreWords ? (
                  <p className="text-xs text-ink-muted">{t(`today.mood.groups.${group}`)}</p>
                ) : null}
                <ul className="flex flex-wrap gap-1.5">
                  {EMOTION_GROUPS[group].map((word: Emotion) => {
                    const pressed = emotions.includes(word);
                    return (
                      <li key={word}>
                        <button
                          type="button"
                          aria-pressed={pressed}
                          onClick={() => toggle(word)}
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
            <button
              type="button"
              aria-expanded={moreWords}
              onClick={() => setMoreWords((open) => !open)}
              className="self-start rounded-sm text-sm font-medium text-accent-ink underline-offset-4 hover:underline"
            >
              {moreWords ? t('today.mood.fewerWords') : t('today.mood.moreWords')}
            </button>
          </fieldset>
        ) : null}

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
                    pleasantness: signed(latest.pleasantness),
                    energy: signed(latest.energy),
                  })}
                  {latest.emotions.length > 0
                    ? ` · ${latest.emotions.map((word) => t(`emotions.${word}` as 'emotions.calm')).join(', ')}`
                    : ''}
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
