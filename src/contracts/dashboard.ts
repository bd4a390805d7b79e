import { z } from 'zod';
import { PERCENT_BUCKETS, NO_BUCKET, MAX_PERIOD_WEEKS } from '../core/statistics';
import { isCalendarDate } from '../core/calendar';
import { NO_THEME } from '../core/learning-themes';
import { AnonymousFigure } from './anonymity';
import { Timestamp } from './common';
import { LearningKind } from './learning';
import { LIFE_DOMAINS } from './vision';

/** My own choice to contribute to an organization's anonymous statistics. */
export const ConsentBody = z.object({
  contributeStatistics: z.boolean().describe('true: my activity counts in anonymous figures'),
});
export type ConsentBody = z.infer<typeof ConsentBody>;

export const Consent = z
  .object({
    orgId: z.string(),
    orgName: z.string(),
    contributeStatistics: z.boolean().describe('false until I choose'),
    asked: z.boolean().describe('false: I have not been asked yet'),
    decidedAt: Timestamp.nullable(),
    k: z.number().int().describe('The organization’s minimum group size'),
  })
  .meta({ id: 'StatisticsConsent' });
export type Consent = z.infer<typeof Consent>;

const CalendarDate = z
  .string()
  .refine(isCalendarDate, { message: 'A date as YYYY-MM-DD.' })
  .describe('YYYY-MM-DD');

const PeriodQuery = z.object({
  from: CalendarDate.optional().describe('First day; its whole ISO week counts'),
  to: CalendarDate.optional().describe('Last day (today by default); its whole ISO week counts'),
});
/** A period's from comes before its to. */
const fromBeforeTo = <T extends z.ZodType<{ from?: string; to?: string }>>(schema: T) =>
  schema.refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: 'from comes before to.',
    path: ['from'],
  });

export const DashboardQuery = fromBeforeTo(PeriodQuery);
export type DashboardQuery = z.infer<typeof DashboardQuery>;

/** The organization dashboard's query: the period, and the one group whose figures it answers. */
export const OrgDashboardQuery = fromBeforeTo(
  PeriodQuery.extend({
    group: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .describe(
        'The group whose figures to answer: the organization (by default), a team or a cohort of the answer; 404 for any other',
      ),
  }),
);
export type OrgDashboardQuery = z.infer<typeof OrgDashboardQuery>;

/** A figure of one week of a trend. */
export const WeekFigure = z.object({ week: z.string() }).and(AnonymousFigure);
export type WeekFigure = z.infer<typeof WeekFigure>;

export const Bucket = z.enum([...PERCENT_BUCKETS, NO_BUCKET]);
export type Bucket = z.infer<typeof Bucket>;
export const BucketFigure = z.object({ bucket: Bucket }).and(AnonymousFigure);
export type BucketFigure = z.infer<typeof BucketFigure>;

export const KindFigure = z.object({ kind: LearningKind }).and(AnonymousFigure);
export type KindFigure = z.infer<typeof KindFigure>;

/**
 * The themes of learning: the life domains of the aspirations a learning item serves, and `none`
 * for time on items that serve no aspiration (docs/decisions/0046-learning-hours-by-theme.md).
 */
export const LEARNING_THEMES = [...LIFE_DOMAINS, NO_THEME] as const;
export const LearningTheme = z.enum(LEARNING_THEMES);
export type LearningTheme = z.infer<typeof LearningTheme>;
export const ThemeFigure = z.object({ theme: LearningTheme }).and(AnonymousFigure);
export type ThemeFigure = z.infer<typeof ThemeFigure>;

/** The weekly trends, each a series over the period's weeks. */
export const WEEKLY_METRICS = [
  'activePractitioners',
  'reflections',
  'checkIns',
  'learningHours',
  'feedbackRequested',
  'feedbackGiven',
  'creativeTension',
  'movedTowardVision',
] as const;
export type WeeklyMetric = (typeof WEEKLY_METRICS)[number];

export const DashboardFigures = z.object({
  activePractitioners: z.array(WeekFigure).describe('People who did something that week'),
  reflections: z.array(WeekFigure).describe('Reflections written'),
  checkIns: z.array(WeekFigure).describe('Practice check-ins (done)'),
  learningHours: z.array(WeekFigure).describe('Hours of learning logged'),
  feedbackRequested: z.array(WeekFigure).describe('Feedback requests made'),
  feedbackGiven: z.array(WeekFigure).describe('Named feedback answers given by colleagues'),
  creativeTension: z
    .array(WeekFigure)
    .describe('Mean creative tension (vision − reality) at the reality assessments of the week'),
  movedTowardVision: z
    .array(WeekFigure)
    .describe('Assessments that rated reality higher than before: moved toward the vision'),
  practiceStrength: z
    .array(BucketFigure)
    .describe('People by their mean practice strength over the period (none: no check-in)'),
  alignment: z
    .array(BucketFigure)
    .describe('People by their mean weekly alignment over the period (none: no weekly review)'),
  learningHoursByKind: z.array(KindFigure).describe('Hours of learning over the period, by kind'),
  learningHoursByTheme: z
    .array(ThemeFigure)
    .describe(
      'Hours of learning over the period, by theme: the life domain of the aspirations the learning served (in full for each domain of an item), none for learning that served no aspiration. Each theme is a cell of its own: fewer than k people who learned in it, no figure',
    ),
  programEnrollment: AnonymousFigure.describe(
    'People who held a seat in a program of the period (suppressed when the figures shown would not give it already)',
  ),
  programRetention: AnonymousFigure.describe(
    'Of them, people who kept every seat they took to the program’s last day, or hold it still',
  ),
});
export type DashboardFigures = z.infer<typeof DashboardFigures>;

/** A group of the dashboard without its figures: the organization, a team or a cohort. */
export const DashboardGroupHead = z
  .object({
    id: z.string(),
    name: z.string(),
    suppressed: z.boolean().describe('true: fewer than k contributors, every figure null'),
    contributors: z.number().int().nullable(),
  })
  .meta({ id: 'DashboardGroupHead' });
export type DashboardGroupHead = z.infer<typeof DashboardGroupHead>;

/** One group shown: the organization or a team. Suppressed: no contributors, every figure null. */
export const DashboardGroup = DashboardGroupHead.extend({ figures: DashboardFigures }).meta({
  id: 'DashboardGroup',
});
export type DashboardGroup = z.infer<typeof DashboardGroup>;

const Period = {
  k: z.number().int(),
  programs: z
    .array(z.object({ id: z.string(), title: z.string() }))
    .describe('The programs whose dates meet the period, by start date: the cohorts'),
  weeks: z.array(z.string()).max(MAX_PERIOD_WEEKS).describe('The period’s ISO weeks, oldest first'),
  computedAt: Timestamp.describe(
    'When these figures were computed: a kept decision is served for up to 10 minutes of activity after it; a change of who counts (consent, membership, team, seat, program, k) decides again at once',
  ),
};

export const OrgDashboard = z
  .object({
    ...Period,
    org: DashboardGroupHead,
    teams: z.array(DashboardGroupHead),
    cohorts: z
      .array(DashboardGroupHead)
      .describe('Each program of the period as a group: the people who held a seat in it'),
    group: DashboardGroup.describe(
      'The chosen group (`group`, the organization by default) with its figures; the figures of the others are one request each',
    ),
  })
  .meta({ id: 'OrgDashboard' });
export type OrgDashboard = z.infer<typeof OrgDashboard>;

export const TeamDashboard = z
  .object({ ...Period, team: DashboardGroup })
  .meta({ id: 'TeamDashboard' });
export type TeamDashboard = z.infer<typeof TeamDashboard>;
