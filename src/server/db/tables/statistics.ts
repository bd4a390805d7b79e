import type { PersonWeek } from '../../../core/statistics';
import type { AtomSums, RunningSums } from '../../../core/statistics-summary';

/** Anonymous statistics: consent per organization and the per-person weekly rollups. */

/** A person's own choice to contribute to an organization's anonymous statistics. */
export interface StatisticsConsentsTable {
  orgId: string;
  userId: string;
  /** 1 to contribute, 0 not to; no row means not asked yet (which counts as 0). */
  contribute: number;
  decidedAt: string;
}

/**
 * What one person did in one ISO week (only weeks with something done are kept): `PersonWeek`,
 * with the running sums of strength and alignment through that week.
 */
export interface StatisticsWeeksTable extends PersonWeek, RunningSums {
  userId: string;
}

/** A contributor of an organization now (consent and membership) and the atom they are in. */
export interface StatisticsContributorsTable {
  orgId: string;
  userId: string;
  /** `atomSignature` of their teams and held program seats in the organization. */
  atom: string;
}

/** The kept weeks of an atom's contributors, added up (docs/decisions/0049). */
export interface StatisticsAtomWeeksTable extends AtomSums {
  orgId: string;
  atom: string;
  week: string;
}

/** Learning minutes of one person in one week, by the kind of learning item. */
export interface StatisticsLearningTable {
  userId: string;
  week: string;
  kind: string;
  minutes: number;
}

/** Learning minutes of one person in one week, by theme (migration 0039, decision 0046). */
export interface StatisticsLearningThemesTable {
  userId: string;
  week: string;
  theme: string;
  minutes: number;
}

/**
 * A kept dashboard decision (migration 0043, decision 0051): per organization, period (`first
 * week/last week`) and group, what the decision showed of the group (`body`, JSON); the group
 * `''` holds the head (k, weeks, programs, every group without its figures).
 */
export interface DashboardAnswersTable {
  orgId: string;
  period: string;
  groupId: string;
  computedAt: string;
  body: string;
}

export interface StatisticsTables {
  dashboardAnswers: DashboardAnswersTable;
  statisticsConsents: StatisticsConsentsTable;
  statisticsWeeks: StatisticsWeeksTable;
  statisticsLearning: StatisticsLearningTable;
  statisticsLearningThemes: StatisticsLearningThemesTable;
  statisticsContributors: StatisticsContributorsTable;
  statisticsAtomWeeks: StatisticsAtomWeeksTable;
}
