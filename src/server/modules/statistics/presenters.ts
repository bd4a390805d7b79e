import type { DashboardFigures, DashboardGroup } from '../../../contracts/dashboard';
import type { AnonymousGroup, ShownFigure } from '../../../core/anonymity/dashboard';

const SUPPRESSED = { value: null, suppressed: true } as const;

/**
 * A group as the API shows it, from what `suppressDashboard` decided: weekly trends as lists of
 * weeks, distributions as lists of buckets, every figure a number or null and suppressed. The
 * program figures are the extension point for programs and stay suppressed until they report.
 */
export function presentGroup(group: AnonymousGroup, name: string): DashboardGroup {
  const list = <K extends string>(metric: string, key: K) =>
    Object.entries(group.figures[metric] ?? {}).map(
      ([cell, figure]: [string, ShownFigure]) =>
        ({ [key]: cell, ...figure }) as { [P in K]: string } & ShownFigure,
    );
  const weekly = (metric: string) => list(metric, 'week');
  const figures = {
    activePractitioners: weekly('activePractitioners'),
    reflections: weekly('reflections'),
    checkIns: weekly('checkIns'),
    learningHours: weekly('learningHours'),
    feedbackRequested: weekly('feedbackRequested'),
    feedbackGiven: weekly('feedbackGiven'),
    creativeTension: weekly('creativeTension'),
    movedTowardVision: weekly('movedTowardVision'),
    practiceStrength: list('practiceStrength', 'bucket'),
    alignment: list('alignment', 'bucket'),
    learningHoursByKind: list('learningHoursByKind', 'kind'),
    programEnrollment: SUPPRESSED,
    programRetention: SUPPRESSED,
  } as DashboardFigures;
  return {
    id: group.id,
    name,
    suppressed: group.suppressed,
    contributors: group.contributors,
    figures,
  };
}
