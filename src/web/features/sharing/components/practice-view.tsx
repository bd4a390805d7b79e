import { useTranslation } from 'react-i18next';
import type { PracticeDetail } from '../../../../contracts/practices';
import { StrengthBar } from '../../../components/ui/strength-bar';
import { scheduleWords, streakWords } from '../../../lib/practice-words';
import { Title } from './title';
import { Prose } from './prose';

/** A shared practice, read only. */
export function PracticeView({ practice }: { practice: PracticeDetail }) {
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
        <Title>{practice.name}</Title>
        {practice.description ? <Prose>{practice.description}</Prose> : null}
      </header>
      <section className="flex flex-col gap-5 rounded-xl border border-line bg-surface p-5 sm:p-6">
        <h2 className="sr-only">{t('sharing.item.strengthNow')}</h2>
        <dl className="grid gap-5 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)]">
          <div className="flex flex-col gap-2">
            <dt className="text-sm text-ink-muted">{t('sharing.item.strengthNow')}</dt>
            <dd>
              <StrengthBar strength={practice.strength} size="lg" />
            </dd>
          </div>
          <div className="flex flex-col gap-1">
            <dt className="text-sm text-ink-muted">{t('practices.currentStreak')}</dt>
            <dd className="font-medium text-ink">{streakWords(practice, t)}</dd>
          </div>
          <div className="flex flex-col gap-1">
            <dt className="text-sm text-ink-muted">{t('sharing.item.bestStreak')}</dt>
            <dd className="font-medium text-ink">{best}</dd>
          </div>
        </dl>
        <p className="max-w-prose text-sm leading-relaxed text-ink-muted">
          {t('practice.strengthExplain')}
        </p>
      </section>
    </>
  );
}
