import { useId } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { FormAlert } from '../../../components/ui/form-alert';
import { describeError } from '../../../lib/form-errors';
import { useAlignmentTrend } from '../api';
import { AlignmentChart } from './alignment-chart';

/** The trend of the weekly reviews. */
export function TrendSection() {
  const { t } = useTranslation();
  const trend = useAlignmentTrend();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <header className="flex flex-col gap-1">
        <h2 id={headingId} className="text-xl font-semibold tracking-tight text-ink">
          {t('review.trend.title')}
        </h2>
        <p className="max-w-prose text-[0.9375rem] text-ink-muted">{t('review.trend.lead')}</p>
      </header>
      {trend.isError ? (
        <FormAlert>{describeError(trend.error, t)}</FormAlert>
      ) : trend.data ? (
        <AlignmentChart trend={trend.data} />
      ) : null}
    </section>
  );
}
