import { useTranslation } from 'react-i18next';
import type { PracticeSummary } from '../../../../contracts/practices';
import { StretchedLink } from '../../../components/patterns/stretched-link';
import { StrengthBar } from '../../../components/ui/strength-bar';
import { scheduleWords, streakWords } from '../../../lib/practice-words';

/** One current practice on the list: its name (a link over the row), schedule, strength and streak. */
export function PracticeRow({ practice }: { practice: PracticeSummary }) {
  const { t } = useTranslation();
  return (
    <li className="relative flex flex-col gap-2 px-4 py-4 transition-colors duration-150 hover:bg-sunken/50 sm:px-5">
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
    </li>
  );
}
