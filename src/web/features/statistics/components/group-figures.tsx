import { useTranslation } from '../../../lib/use-translation';
import {
  type DashboardGroup,
  WEEKLY_METRICS,
  type WeeklyMetric,
} from '../../../../contracts/dashboard';
import { mondayOfIsoWeek } from '../../../../core/calendar';
import { formatCalendarDate } from '../../../lib/format';
import { weekRange } from '../../../lib/review-words';
import { type FigureCell, FigureChart } from './figure-chart';
import { ProgramFigures } from './program-figures';

/** The daily-practice figures a team's own page shows. */
export const TEAM_METRICS: readonly WeeklyMetric[] = [
  'activePractitioners',
  'reflections',
  'checkIns',
];

/**
 * A group's anonymous figures as charts with their tables: the weekly trends of `metrics`, then
 * (unless `brief`) the two distributions, learning hours by theme and by kind, and the program
 * figures. Weeks are dated on the axis by their Monday ("2 Mar"), in full in the table.
 */
export function GroupFigures({
  group,
  k,
  metrics = WEEKLY_METRICS,
  brief = false,
  programCount = 0,
}: {
  group: DashboardGroup;
  k: number;
  /** How many programs the period holds (none: say so instead of showing empty figures). */
  programCount?: number;
  metrics?: readonly WeeklyMetric[];
  brief?: boolean;
}) {
  const { t } = useTranslation();
  const locale = navigator.language;
  const weekCells = (metric: WeeklyMetric): FigureCell[] =>
    group.figures[metric].map(({ week, ...figure }) => ({
      key: week,
      label: formatCalendarDate(mondayOfIsoWeek(week) ?? week, locale, {
        day: 'numeric',
        month: 'short',
      }),
      long: weekRange(week, locale),
      figure,
    }));
  const bucketCells = (metric: 'practiceStrength' | 'alignment'): FigureCell[] =>
    group.figures[metric].map(({ bucket, ...figure }) => ({
      key: bucket,
      label: t(`statistics.bucket.${bucket}`),
      long: t(`statistics.bucket.${bucket}`),
      figure,
    }));
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      {metrics.map((metric) => (
        <FigureChart
          key={metric}
          title={t(`statistics.metric.${metric}.title`)}
          description={t(`statistics.metric.${metric}.description`)}
          cells={weekCells(metric)}
          k={k}
          column={t('statistics.weekColumn')}
        />
      ))}
      {brief ? null : (
        <>
          {(['practiceStrength', 'alignment'] as const).map((metric) => (
            <FigureChart
              key={metric}
              title={t(`statistics.metric.${metric}.title`)}
              description={t(`statistics.metric.${metric}.description`)}
              cells={bucketCells(metric)}
              k={k}
              column={t('statistics.bucketColumn')}
            />
          ))}
          <FigureChart
            title={t('statistics.metric.learningHoursByTheme.title')}
            description={t('statistics.metric.learningHoursByTheme.description')}
            cells={group.figures.learningHoursByTheme.map(({ theme, ...figure }) => {
              const name =
                theme === 'none' ? t('statistics.theme.none') : t(`vision.domains.${theme}`);
              return { key: theme, label: name, long: name, figure };
            })}
            k={k}
            column={t('statistics.themeColumn')}
          />
          <FigureChart
            title={t('statistics.metric.learningHoursByKind.title')}
            description={t('statistics.metric.learningHoursByKind.description')}
            cells={group.figures.learningHoursByKind.map(({ kind, ...figure }) => ({
              key: kind,
              label: t(`statistics.kind.${kind}`),
              long: t(`statistics.kind.${kind}`),
              figure,
            }))}
            k={k}
            column={t('statistics.kindColumn')}
          />
          <ProgramFigures group={group} k={k} programCount={programCount} />
        </>
      )}
    </div>
  );
}
