import type {
  AssessmentBody,
  CreateAspirationBody,
  UpdateAspirationBody,
  UpdateStepBody,
} from '../../../contracts/vision';
import { toPage } from '../../../core/pagination';
import { type Selectable, sql } from 'kysely';
import { compiledOnce } from '../../db/compiled-once';
import type { Db } from '../../db/database';
import type {
  ActionStepsTable,
  AspirationsTable,
  RealityAssessmentsTable,
  VisionRevisionsTable,
} from '../../db/schema';
import { AppError, badRequest, notFound } from '../../errors';
import { newId } from '../../lib/ids';
import { nowIso, recordedAt } from '../../lib/time';
import { recordActivity } from '../statistics/activity';

export const aspirationColumns = [
  'id',
  'title',
  'domain',
  'vision',
  'visionLevel',
  'status',
  'statusNote',
  'createdAt',
  'updatedAt',
] as const;

export type AspirationRow = Pick<Selectable<AspirationsTable>, (typeof aspirationColumns)[number]>;
export type RevisionRow = Omit<Selectable<VisionRevisionsTable>, 'createdAt'>;
export type AssessmentRow = Omit<Selectable<RealityAssessmentsTable>, 'createdAt'>;
export type StepRow = Omit<Selectable<ActionStepsTable>, 'aspirationId'>;

/** Everything a summary of some aspirations needs, loaded in three queries. */
export async function loadParts(db: Db, aspirationIds: string[]) {
  const [{ revisions, assessments }, steps] = await Promise.all([
    loadTimelines(db, aspirationIds),
    loadSteps(db, aspirationIds),
  ]);
  const of = <T extends { aspirationId: string }>(rows: T[], id: string) =>
    rows.filter((row) => row.aspirationId === id);
  return (id: string) => ({
    revisions: of(revisions, id),
    assessments: of(assessments, id),
    steps: of(steps, id),
  });
}

const atIssue = (message: string) =>
  badRequest('validation_failed', message, [{ path: ['at'], message }]);

/** The instant to record, or a 400 naming `at` when it lies in the future. */
function instantOf(at: string | undefined): string {
  const instant = recordedAt(at);
  if (!instant) throw atIssue('Choose a moment that is not in the future.');
  return instant;
}

/** The caller's own aspiration; 404 for anyone else's, so existence is never revealed. */
export async function findOwnAspiration(
  db: Db,
  userId: string,
  id: string,
): Promise<AspirationRow> {
  const row = await db
    .selectFrom('aspirations')
    .select(aspirationColumns)
    .where('id', '=', id)
    .where('userId', '=', userId)
    .executeTakeFirst();
  if (!row) throw notFound('No such aspiration.');
  return row;
}

/** Vision revisions and reality assessments of some aspirations, each in time order. */
export async function loadTimelines(db: Db, aspirationIds: string[]) {
  if (aspirationIds.length === 0) return { revisions: [], assessments: [] };
  const [revisions, assessments] = await Promise.all([
    db
      .selectFrom('visionRevisions')
      .select(['id', 'aspirationId', 'at', 'vision', 'visionLevel', 'reason'])
      .where('aspirationId', 'in', aspirationIds)
      .orderBy('at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('realityAssessments')
      .select(['id', 'aspirationId', 'at', 'level', 'evidence'])
      .where('aspirationId', 'in', aspirationIds)
      .orderBy('at')
      .orderBy('id')
      .execute(),
  ]);
  return { revisions, assessments };
}

const inTimeOrder = <T extends { at: string; id: string }>(rows: T[]) =>
  rows.sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1));

/**
 * What the state of some aspirations now needs of their timelines (tension, the change at the
 * latest assessment, erosion over the window from `since`): every revision and assessment after
 * `since`, and the latest two at or before it, each in time order. One query per table, every
 * part bounded by the (aspiration_id, at) index, however long the history.
 */
export async function loadRecentTimelines(db: Db, aspirationIds: string[], since: string) {
  if (aspirationIds.length === 0) return { revisions: [], assessments: [] };
  const [revisions, assessments] = await Promise.all([
    recentRevisions(db, aspirationIds, since),
    recentAssessments(db, aspirationIds, since),
  ]);
  return { revisions: inTimeOrder(revisions), assessments: inTimeOrder(assessments) };
}

/**
 * Plain SQL: a union of one small part per aspiration costs Kysely's builder more than the
 * database; columns are written as stored and come back camelCased. Compiled once per number of
 * aspirations.
 */
function recentRows<Row>(table: string, columns: string) {
  const cols = sql.raw(columns);
  return compiledOnce((db: Db, aspirationIds: readonly string[], since: string) => {
    const older = aspirationIds.map(
      (id) =>
        sql`select * from (select ${cols} from ${sql.table(table)} where aspiration_id = ${id} and at <= ${since} order by at desc, id desc limit 2) as t`,
    );
    return sql<Row>`select ${cols} from ${sql.table(table)} where aspiration_id in (${sql.join(aspirationIds)}) and at > ${since} union all ${sql.join(older, sql` union all `)}`;
  });
}
const recentRevisions = recentRows<RevisionRow>(
  'vision_revisions',
  'id, aspiration_id, at, vision, vision_level, reason',
);
const recentAssessments = recentRows<AssessmentRow>(
  'reality_assessments',
  'id, aspiration_id, at, level, evidence',
);

/** The open action steps of some aspirations, in the order they were added. */
export async function loadOpenSteps(db: Db, aspirationIds: string[]) {
  if (aspirationIds.length === 0) return [];
  return openStepRows(db, aspirationIds);
}

const openStepRows = compiledOnce((db: Db, aspirationIds: readonly string[]) =>
  db
    .selectFrom('actionSteps')
    .select(['id', 'aspirationId', 'text', 'doneAt', 'createdAt'])
    .where('aspirationId', 'in', aspirationIds)
    .where('doneAt', 'is', null)
    .orderBy('id'),
);

/** Action steps of some aspirations, in the order they were added. */
export async function loadSteps(db: Db, aspirationIds: string[]) {
  if (aspirationIds.length === 0) return [];
  return db
    .selectFrom('actionSteps')
    .select(['id', 'aspirationId', 'text', 'doneAt', 'createdAt'])
    .where('aspirationId', 'in', aspirationIds)
    .orderBy('id')
    .execute();
}

/** Creates an aspiration with its first vision revision, in one transaction. */
export async function createAspiration(db: Db, userId: string, body: CreateAspirationBody) {
  const at = instantOf(body.at);
  const now = nowIso();
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('aspirations')
      .values({
        id,
        userId,
        title: body.title,
        domain: body.domain,
        vision: body.vision,
        visionLevel: body.visionLevel,
        status: 'active',
        statusNote: null,
        createdAt: at,
        updatedAt: now,
      })
      .execute();
    await trx
      .insertInto('visionRevisions')
      .values({
        id: newId(),
        aspirationId: id,
        at,
        vision: body.vision,
        visionLevel: body.visionLevel,
        reason: null,
        createdAt: now,
      })
      .execute();
  });
  return id;
}

const byTime = (a: { at: string; id: string }, b: { at: string; id: string }) =>
  Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id);

/**
 * Changes an aspiration. A change of vision or vision level is a new revision dated `at` (never
 * an edit of an old one); lowering the level below the one in force at `at` needs a reason.
 * The aspiration's current vision is then the latest revision — all in one transaction.
 */
export async function updateAspiration(
  db: Db,
  userId: string,
  id: string,
  body: UpdateAspirationBody,
) {
  const at = instantOf(body.at);
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await findOwnAspiration(trx, userId, id);
    const { revisions } = await loadTimelines(trx, [id]);
    const inForce = revisions.filter((r) => Date.parse(r.at) <= Date.parse(at)).at(-1);
    const vision = body.vision ?? inForce?.vision;
    const visionLevel = body.visionLevel ?? inForce?.visionLevel;
    const visionChanged =
      (body.vision !== undefined || body.visionLevel !== undefined) &&
      (vision !== inForce?.vision || visionLevel !== inForce?.visionLevel);
    if (visionChanged) {
      if (!inForce || vision === undefined || visionLevel === undefined) {
        throw atIssue('Choose a moment after this aspiration began.');
      }
      if (visionLevel < inForce.visionLevel && !body.reason) {
        throw new AppError(
          400,
          'reason_required',
          'Lowering a vision is a decision: write down why.',
          {
            issues: [{ path: ['reason'], message: 'Say why you are lowering the vision.' }],
          },
        );
      }
      const revision = {
        id: newId(),
        aspirationId: id,
        at,
        vision,
        visionLevel,
        reason: body.reason || null,
        createdAt: now,
      };
      await trx.insertInto('visionRevisions').values(revision).execute();
      revisions.push(revision);
    }
    const latest = revisions.sort(byTime).at(-1);
    const statusChange =
      body.status === undefined
        ? {}
        : {
            status: body.status,
            ...(['achieved', 'released'].includes(body.status)
              ? { statusNote: body.statusNote || null }
              : {}),
          };
    await trx
      .updateTable('aspirations')
      .set({
        ...(body.title !== undefined ? { title: body.title } : {}),
        ...(body.domain !== undefined ? { domain: body.domain } : {}),
        ...(body.statusNote !== undefined && body.status === undefined
          ? { statusNote: body.statusNote || null }
          : {}),
        ...statusChange,
        ...(latest ? { vision: latest.vision, visionLevel: latest.visionLevel } : {}),
        updatedAt: now,
      })
      .where('id', '=', id)
      .execute();
    // The domain is the theme of the learning that serves it; a (backdated) vision revision
    // changes the tension at later assessments.
    if (body.domain !== undefined || visionChanged) await recordActivity(trx, userId);
  });
}

/** Records an honest reality assessment (append-only). */
export async function addAssessment(
  db: Db,
  userId: string,
  aspirationId: string,
  body: AssessmentBody,
) {
  const at = instantOf(body.at);
  await findOwnAspiration(db, userId, aspirationId);
  const assessment = {
    id: newId(),
    aspirationId,
    at,
    level: body.level,
    evidence: body.evidence ?? '',
    createdAt: nowIso(),
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('realityAssessments').values(assessment).execute();
    await trx
      .updateTable('aspirations')
      .set({ updatedAt: assessment.createdAt })
      .where('id', '=', aspirationId)
      .execute();
    await recordActivity(trx, userId);
  });
  return { id: assessment.id, at, level: assessment.level, evidence: assessment.evidence };
}

/** A person's aspirations, newest first, optionally of one status. */
export async function listAspirations(
  db: Db,
  userId: string,
  query: { status: string; limit: number; cursor?: string | undefined },
) {
  if (query.status !== 'all' && query.cursor === undefined) {
    const rows = await aspirationsWithStatus(
      db,
      userId,
      query.status as AspirationRow['status'],
      query.limit + 1,
    );
    return toPage(rows, query.limit, 'id', (row) => row.id);
  }
  let select = db
    .selectFrom('aspirations')
    .select(aspirationColumns)
    .where('userId', '=', userId)
    .orderBy('id', 'desc')
    .limit(query.limit + 1);
  if (query.status !== 'all')
    select = select.where('status', '=', query.status as AspirationRow['status']);
  if (query.cursor !== undefined) select = select.where('id', '<', query.cursor);
  return toPage(await select.execute(), query.limit, 'id', (row) => row.id);
}

/** The first page of a person's aspirations of one status, the most recent first (kept compiled). */
const aspirationsWithStatus = compiledOnce(
  (db: Db, userId: string, status: AspirationRow['status'], limit: number) =>
    db
      .selectFrom('aspirations')
      .select(aspirationColumns)
      .where('userId', '=', userId)
      .orderBy('id', 'desc')
      .limit(limit)
      .where('status', '=', status),
);

async function findOwnStep(db: Db, userId: string, aspirationId: string, stepId: string) {
  await findOwnAspiration(db, userId, aspirationId);
  const step = await db
    .selectFrom('actionSteps')
    .select(['id', 'text', 'doneAt', 'createdAt'])
    .where('id', '=', stepId)
    .where('aspirationId', '=', aspirationId)
    .executeTakeFirst();
  if (!step) throw notFound('No such step.');
  return step;
}

export async function createStep(db: Db, userId: string, aspirationId: string, text: string) {
  await findOwnAspiration(db, userId, aspirationId);
  const step = { id: newId(), aspirationId, text, doneAt: null, createdAt: nowIso() };
  await db.insertInto('actionSteps').values(step).execute();
  return findOwnStep(db, userId, aspirationId, step.id);
}

export async function updateStep(
  db: Db,
  userId: string,
  aspirationId: string,
  stepId: string,
  body: UpdateStepBody,
) {
  const step = await findOwnStep(db, userId, aspirationId, stepId);
  const doneAt =
    body.done === undefined ? step.doneAt : body.done ? (step.doneAt ?? nowIso()) : null;
  await db
    .updateTable('actionSteps')
    .set({ doneAt, ...(body.text !== undefined ? { text: body.text } : {}) })
    .where('id', '=', stepId)
    .execute();
  return findOwnStep(db, userId, aspirationId, stepId);
}

export async function deleteStep(db: Db, userId: string, aspirationId: string, stepId: string) {
  await findOwnStep(db, userId, aspirationId, stepId);
  await db.deleteFrom('actionSteps').where('id', '=', stepId).execute();
}
