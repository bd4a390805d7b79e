import { useTranslation } from '../../../lib/use-translation';
import type { PracticeListItem } from '../../../../contracts/practices';
import { StretchedLink } from '../../../components/patterns/stretched-link';
import { StrengthBar } from '../../../components/ui/strength-bar';
import { scheduleWords, streakWords } from '../../../lib/practice-words';
import { PracticeWeek } from './practice-week';

/**
 * One current practice on the list: its name (a link over the row), schedule, strength and
 * streak, and its last seven days to tick where it lives (beside it on wide screens, below it
 * on phones, within reach of the thumb).
 */
export function PracticeRow({ practice }: { practice: PracticeListItem }) {
  const { t } = useTranslation();
  return (
    <li className="relative flex flex-col gap-3 px-4 py-4 transition-colors duration-150 hover:bg-sunken/50 sm:px-5 lg:flex-row lg:items-center lg:gap-6">
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5">
          <h2 className="min-w-0 text-base font-semibold break-words text-ink">
            <StretchedLink to={`/practices/${practice.id}`}>{practice.name}</StretchedLink>
          </h2>
          <span className="text-sm text-ink-muted">
            {scheduleWords(practice.schedule, t, navigator.language)}
          </span>
        </div>
        <div className="grid items-center gap-x-6 gap-y-1 sm:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <StrengthBar strength={practice.strength} />
          <span className="text-sm text-ink-muted">{streakWords(practice, t)}</span>
        </div>
      </div>
      <div className="flex justify-end">
        <PracticeWeek practice={practice} />
      </div>
    </li>
  );
}
