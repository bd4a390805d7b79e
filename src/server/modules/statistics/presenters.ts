import type { DashboardFigures, DashboardGroup } from '../../../contracts/dashboard';
import type { AnonymousGroup, ShownFigure } from '../../../core/anonymity/dashboard';

/**
 * A group as the API shows it, from what `suppressDashboard` decided: weekly trends as lists of
 * weeks, distributions as lists of buckets, every figure a number or null and suppressed.
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
    learningHoursByTheme: list('learningHoursByTheme', 'theme'),
    ...programFigures(group),
  } as DashboardFigures;
  return {
    id: group.id,
    name,
    suppressed: group.suppressed,
    contributors: group.contributors,
    figures,
  };
}

const SUPPRESSED = { value: null, suppressed: true } as const;

/**
 * Enrollment and retention from the decided program outcome (stayed, left, none — a distribution
 * over the group's contributors): retention is "stayed"; enrollment is shown only when the
 * figures shown already give it — stayed + left, or contributors − none, or a cohort's own
 * contributors (no one in it took no seat) — so it reveals nothing the decision kept back.
 */
function programFigures(group: AnonymousGroup) {
  const cells = group.figures.programOutcome ?? {};
  const value = (cell: string) => {
    const figure = cells[cell];
    return figure && !figure.suppressed ? figure.value : null;
  };
  const [stayed, left, none] = [value('stayed'), value('left'), value('none')];
  let enrolled: number | null = null;
  if (group.contributors !== null) {
    if (group.kind === 'cohort') enrolled = group.contributors;
    else if (stayed !== null && left !== null) enrolled = stayed + left;
    else if (none !== null) enrolled = group.contributors - none;
  }
  // The rule leaves only 0 or k and more computable; 0 people shows as no figure too.
  const shown = (n: number | null) =>
    n === null || n === 0 ? SUPPRESSED : ({ value: n, suppressed: false } as const);
  return { programEnrollment: shown(enrolled), programRetention: shown(stayed) };
}
