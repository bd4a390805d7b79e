import { useTranslation } from '../../../lib/use-translation';
import type { AnonymousFigure } from '../../../../contracts/anonymity';
import type { DashboardGroup } from '../../../../contracts/dashboard';
import { formatPercent } from '../../../lib/format';

/**
 * A group's program enrollment and retention: the people who held a seat in a program of the
 * period, and of them those who stayed. A suppressed figure reads "fewer than k people", never 0;
 * the share that stayed shows only when both figures do.
 */
export function ProgramFigures({
  group,
  k,
  programCount,
}: {
  group: DashboardGroup;
  k: number;
  programCount: number;
}) {
  const { t } = useTranslation();
  const { programEnrollment: enrolled, programRetention: stayed } = group.figures;
  const show = (figure: AnonymousFigure) =>
    figure.value === null ? (
      <span className="text-base font-normal text-ink-muted">{t('statistics.fewer', { k })}</span>
    ) : (
      figure.value
    );
  const share =
    enrolled.value !== null && stayed.value !== null && enrolled.value > 0
      ? Math.round((stayed.value / enrolled.value) * 100)
      : null;
  return (
    <section className="flex flex-col gap-3" aria-labelledby={`programs-${group.id}`}>
      <h3 id={`programs-${group.id}`} className="font-medium text-ink">
        {t('statistics.programs.title')}
      </h3>
      {programCount === 0 ? (
        <p className="max-w-prose text-sm text-ink-muted">{t('statistics.programs.none')}</p>
      ) : (
        <>
          <p className="max-w-prose text-sm text-ink-muted">
            {t('statistics.programs.body', { count: programCount })}
          </p>
          <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <div className="rounded-lg bg-sunken px-4 py-3">
              <dt className="text-sm text-ink-muted">{t('statistics.programs.enrolled')}</dt>
              <dd className="text-2xl font-semibold text-ink tabular-nums">{show(enrolled)}</dd>
            </div>
            <div className="rounded-lg bg-sunken px-4 py-3">
              <dt className="text-sm text-ink-muted">{t('statistics.programs.stayed')}</dt>
              <dd className="text-2xl font-semibold text-ink tabular-nums">
                {show(stayed)}
                {share === null ? null : (
                  <span className="ml-2 text-base font-normal text-ink-muted">
                    {t('statistics.programs.share', {
                      percent: formatPercent(share, navigator.language),
                    })}
                  </span>
                )}
              </dd>
            </div>
          </dl>
        </>
      )}
    </section>
  );
}
