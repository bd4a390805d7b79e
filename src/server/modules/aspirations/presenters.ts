import type {
  ActionStep,
  AspirationDetail,
  AspirationSummary,
  LifeDomain,
} from '../../../contracts/vision';
import {
  creativeTension,
  EROSION_WINDOW_DAYS,
  erosion,
  realityChange,
  tensionHistory,
} from '../../../core/tension';
import type { AspirationRow, AssessmentRow, RevisionRow, StepRow } from './commands';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How many open action steps the summary carries. */
const NEXT_STEPS = 3;

const asOf = <T extends { at: string }>(points: T[], now: string) =>
  points.filter((p) => Date.parse(p.at) <= Date.parse(now));

/**
 * An aspiration with its tension now and over time, and its next open steps; `revisions`,
 * `assessments` and `steps` in time order.
 */
export function presentSummary(
  row: AspirationRow,
  revisions: RevisionRow[],
  assessments: AssessmentRow[],
  steps: StepRow[],
  now: string,
): AspirationSummary {
  return {
    ...presentCurrent(row, revisions, assessments, steps, now),
    history: tensionHistory(revisions, assessments),
  };
}

/**
 * An aspiration as it stands now (the summary without its history): it needs only the open
 * steps, and of the timelines what `loadRecentTimelines` reads for an erosion window ending now.
 */
export function presentCurrent(
  row: AspirationRow,
  revisions: RevisionRow[],
  assessments: AssessmentRow[],
  steps: StepRow[],
  now: string,
): Omit<AspirationSummary, 'history'> {
  const reality = asOf(assessments, now);
  const latest = reality.at(-1);
  const realityLevel = latest?.level ?? null;
  return {
    id: row.id,
    title: row.title,
    domain: row.domain as LifeDomain,
    vision: row.vision,
    visionLevel: row.visionLevel,
    realityLevel,
    tension: creativeTension(row.visionLevel, realityLevel),
    realityChange: realityChange(reality),
    lastAssessedAt: latest?.at ?? null,
    previousAssessedAt: reality.at(-2)?.at ?? null,
    eroding: erosion(revisions, reality, now).eroding,
    nextSteps: steps
      .filter((step) => step.doneAt === null)
      .slice(0, NEXT_STEPS)
      .map(presentStep),
    status: row.status,
    statusNote: row.statusNote,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function presentStep(step: StepRow): ActionStep {
  return {
    id: step.id,
    text: step.text,
    done: step.doneAt !== null,
    doneAt: step.doneAt,
    createdAt: step.createdAt,
  };
}

/** The whole picture of one aspiration: tension over time, revisions, assessments, steps. */
export function presentDetail(
  row: AspirationRow,
  revisions: RevisionRow[],
  assessments: AssessmentRow[],
  steps: StepRow[],
  now: string,
): AspirationDetail {
  const windowStart = Date.parse(now) - EROSION_WINDOW_DAYS * DAY_MS;
  const { visionDrop, realityRise } = erosion(revisions, asOf(assessments, now), now);
  const withPrevious = revisions.map((revision, index) => ({
    id: revision.id,
    at: revision.at,
    vision: revision.vision,
    visionLevel: revision.visionLevel,
    previousVisionLevel: revisions[index - 1]?.visionLevel ?? null,
    reason: revision.reason,
  }));
  const reasons = withPrevious
    .filter(
      (r) =>
        Date.parse(r.at) > windowStart &&
        r.previousVisionLevel !== null &&
        r.visionLevel < r.previousVisionLevel &&
        r.reason,
    )
    .map((r) => r.reason as string);
  return {
    ...presentSummary(row, revisions, assessments, steps, now),
    revisions: withPrevious.reverse(),
    assessments: assessments
      .map(({ id, at, level, evidence }) => ({ id, at, level, evidence }))
      .reverse(),
    steps: steps.map(presentStep),
    erosion: { visionDrop, realityRise, reasons },
  };
}
