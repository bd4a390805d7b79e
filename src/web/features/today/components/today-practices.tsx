import { ChevronRight } from 'lucide-react';
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { useNavigate } from 'react-router';
import type { Today } from '../../../../contracts/today';
import { StrengthBar } from '../../../components/ui/strength-bar';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { streakWords } from '../../../lib/practice-words';
import { useTodayCheckIn } from '../api';
import { EmptyNote, SectionHeading } from './empty-note';
import { MenuTrigger } from './today-practice-trigger';

// The menu (Radix, floating-ui) comes just after the first screen, not on its path; until then
// its button is drawn the same (issue 16, budget 5).
const PracticeMenu = lazy(() =>
  import('./today-practice-menu').then((m) => ({ default: m.TodayPracticeMenu })),
);

type TodayPractice = Today['practices'][number];
type Status = 'done' | 'skipped' | null;

/**
 * Today's practices to tick: one checkbox per practice scheduled today with its strength and
 * streak; a small menu excuses a day. Practices not scheduled today wait, folded, below.
 */
export function TodayPractices({ today }: { today: Today }) {
  const { t } = useTranslation();
  const headingId = useId();
  const scheduled = today.practices.filter((practice) => practice.scheduledToday);
  const rest = today.practices.filter((practice) => !practice.scheduledToday);

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <SectionHeading id={headingId}>{t('today.practices.title')}</SectionHeading>
      {today.practices.length === 0 ? (
        <EmptyNote
          title={t('today.practices.emptyTitle')}
          to="/practices"
          action={t('today.practices.emptyAction')}
        >
          {t('today.practices.empty')}
        </EmptyNote>
      ) : (
        <div className="flex flex-col gap-3 rounded-xl border border-line bg-surface px-4 py-2 sm:px-5">
          {scheduled.length > 0 ? (
            <ul className="divide-y divide-line">
              {scheduled.map((practice) => (
                <PracticeRow key={practice.id} practice={practice} date={today.date} />
              ))}
            </ul>
          ) : (
            <p className="py-3 text-[0.9375rem] text-ink-muted">
              {t('today.practices.nothingToday')}
            </p>
          )}
          {rest.length > 0 ? (
            <details className="group -mx-2 mb-1 border-t border-line pt-1">
              <summary className="flex cursor-pointer items-center gap-2 rounded-lg px-2 py-2 text-sm font-medium text-ink-muted marker:content-none hover:bg-sunken hover:text-ink">
                <ChevronRight
                  aria-hidden
                  className="size-4 transition-transform duration-150 group-open:rotate-90 motion-reduce:transition-none"
                />
                {t('today.practices.notToday', { count: rest.length })}
              </summary>
              <ul className="divide-y divide-line px-2">
                {rest.map((practice) => (
                  <PracticeRow key={practice.id} practice={practice} date={today.date} />
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      )}
      {today.practices.length > 0 ? (
        <p className="text-sm text-ink-muted">{t('today.practices.explain')}</p>
      ) : null}
    </section>
  );
}

function PracticeRow({ practice, date }: { practice: TodayPractice; date: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const checkIn = useTodayCheckIn();
  const id = useId();
  // What was just chosen, shown at once (a controlled checkbox must not wait for the cache).
  const [chosen, setChosen] = useState<Status | undefined>(undefined);
  const [menuWanted, setMenuWanted] = useState(false);
  const status = chosen !== undefined ? chosen : (practice.today.checkIn?.status ?? null);
  const done = status === 'done';
  const skipped = status === 'skipped';

  const set = (next: Status) => {
    setChosen(next);
    checkIn.mutate(
      { id: practice.id, date, status: next },
      {
        onError: (error) => toast({ title: describeError(error, t), tone: 'info' }),
        onSettled: () => setChosen(undefined),
      },
    );
  };

  return (
    <li className="flex items-start gap-3 py-3">
      <input
        id={id}
        type="checkbox"
        checked={done}
        onChange={(event) => set(event.target.checked ? 'done' : null)}
        aria-describedby={`${id}-meta`}
        className="mt-0.5 size-5 shrink-0 cursor-pointer accent-accent"
      />
      <div className="flex min-w-0 flex-1 flex-col gap-1.5">
        <label
          htmlFor={id}
          className="cursor-pointer text-[0.9375rem] leading-snug font-medium break-words text-ink"
        >
          {practice.name}
        </label>
        <StrengthBar strength={practice.strength} className="max-w-64" />
        <p id={`${id}-meta`} className="text-sm text-ink-muted">
          {skipped ? t('today.practices.excused') : streakWords(practice, t)}
        </p>
      </div>
      {/* A press before the menu has loaded is kept: the menu opens as soon as it is there. */}
      <Suspense fallback={<MenuTrigger name={practice.name} onClick={() => setMenuWanted(true)} />}>
        <PracticeMenu
          name={practice.name}
          defaultOpen={menuWanted}
          skipped={skipped}
          onSkip={() => set(skipped ? null : 'skipped')}
          onOpen={() => void navigate(`/practices/${practice.id}`)}
        />
      </Suspense>
    </li>
  );
}
