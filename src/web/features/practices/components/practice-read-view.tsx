import { useTranslation } from '../../../lib/use-translation';
import type { PracticeDetail } from '../../../../contracts/practices';
import { scheduleWords, streakWords } from '../../../lib/practice-words';
import { ReadOnlyTitle } from '../../../components/patterns/read-only-title';
import { StrengthSummary } from './strength-summary';
import { ReadOnlyProse } from '../../../components/patterns/read-only-prose';

/** A practice read only, as the people it is shared with see it. */
export function PracticeReadView({ practice }: { practice: PracticeDetail }) {
  const { t } = useTranslation();
  const best =
    practice.streakUnit === 'week'
      ? t('practice.streak.week', { count: practice.bestStreak })
      : t('practice.streak.day', { count: practice.bestStreak });
  return (
    <>
      <header className="flex flex-col gap-2">
        <p className="text-sm text-ink-muted">
          {scheduleWords(practice.schedule, t, navigator.language)}
        </p>
        <ReadOnlyTitle>{practice.name}</ReadOnlyTitle>
        {practice.description ? <ReadOnlyProse>{practice.description}</ReadOnlyProse> : null}
      </header>
      <StrengthSummary
        strength={practice.strength}
        current={streakWords(practice, t)}
        best={best}
      />
    </>
  );
}
