import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { PageQuery } from '../../../contracts/common';
import type { ArchiveSectionName } from '../../../contracts/portability-archive';
import type { Db } from '../../db/database';
import { summarizePractice } from '../../db/check-in-summaries';
import { meetingsSeenBy } from '../../db/one-on-one-meetings';
import { agreementsOf } from '../delegation/queries';
import { listFeedbackRequests } from '../feedback/queries';
import { spacesSeenBy } from '../one-on-ones/queries';
import { reflectionColumns } from '../../db/tables/journal';
import { learningItemColumns, practiceColumns } from '../../db/tables/practice';

/** Rows of one item's children: vision revisions of an aspiration, check-ins of a practice… */
export type ChildSpec = {
  /** The key the children are listed under in the archive item. */
  key: string;
  table: string;
  parentColumn: string;
  /** Columns in archive order (the `id` included); the parent column is left out. */
  columns: string[];
  /** Columns that refer to items of another section, by that section. */
  refs?: Record<string, ArchiveSectionName>;
};

/** Links of an item to items of another section, kept in a join table without ids. */
export type LinkSpec = {
  key: string;
  table: string;
  parentColumn: string;
  column: string;
  section: ArchiveSectionName;
};

/** What every archive section says of its items. */
type SectionBase = {
  name: ArchiveSectionName;
  /** Columns in archive order; `id` first where the table has one. */
  columns: string[];
  /** Columns kept as JSON text in the table and as JSON values in the archive. */
  json?: string[];
  refs?: Record<string, ArchiveSectionName>;
  children?: ChildSpec[];
  links?: LinkSpec[];
  /** The column a table without ids is ordered and told apart by. */
  naturalKey?: string;
  /** Keeps what is derived from a new item and its children true, in the import's transaction. */
  afterWrite?: (trx: Db, id: string) => Promise<void>;
};

/** A section kept in one table of the person's rows, which an import writes back. */
export type StoredSection = SectionBase & {
  table: string;
  owner: 'userId' | 'ownerId';
  /** Written to the archive for the record only: an import leaves each out with this reason. */
  exportOnly?: string;
};

/**
 * A section read from a query of what the person sees (rows of two people's spaces), written
 * to the archive for the record only: an import leaves each out with the reason `exportOnly`.
 */
export type ReadSection = SectionBase & {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rowsOf: (db: Db, userId: string) => SelectQueryBuilder<any, any, any>;
  exportOnly: string;
};

/**
 * A section read through its module's own read model, a page after a key at a time, so the rules
 * of what the person may see stay in that module; for the record only, like a `ReadSection`.
 */
export type PresentedSection = {
  name: ArchiveSectionName;
  /** A page of the person's records, oldest first, as the module's list answers it. */
  pageOf: (
    db: Db,
    userId: string,
    page: PageQuery,
  ) => Promise<{ items: { id: string }[]; nextCursor: string | null }>;
  exportOnly: string;
};

/** How one archive section maps onto the database. */
export type SectionSpec = StoredSection | ReadSection | PresentedSection;

const stamps = ['createdAt', 'updatedAt'];

/**
 * Every section of the Praxis archive, in the order of `ARCHIVE_SECTIONS`: an item refers only to
 * sections before it, so an import can give it its new references as it goes.
 */
export const SECTIONS: SectionSpec[] = [
  {
    name: 'purposeRevisions',
    table: 'purposeRevisions',
    owner: 'userId',
    columns: ['id', 'text', 'at'],
  },
  {
    name: 'values',
    table: 'personalValues',
    owner: 'userId',
    columns: ['id', 'name', 'description', 'rank', ...stamps],
  },
  {
    name: 'aspirations',
    table: 'aspirations',
    owner: 'userId',
    columns: ['id', 'title', 'domain', 'vision', 'visionLevel', 'status', 'statusNote', ...stamps],
    children: [
      {
        key: 'revisions',
        table: 'visionRevisions',
        parentColumn: 'aspirationId',
        columns: ['id', 'at', 'vision', 'visionLevel', 'reason', 'createdAt'],
      },
      {
        key: 'assessments',
        table: 'realityAssessments',
        parentColumn: 'aspirationId',
        columns: ['id', 'at', 'level', 'evidence', 'createdAt'],
      },
      {
        key: 'actionSteps',
        table: 'actionSteps',
        parentColumn: 'aspirationId',
        columns: ['id', 'text', 'doneAt', 'createdAt'],
      },
    ],
  },
  {
    name: 'practices',
    table: 'practices',
    owner: 'userId',
    columns: [...practiceColumns, 'updatedAt'],
    json: ['schedule'],
    refs: { aspirationId: 'aspirations', valueId: 'values' },
    // Strength and streaks are read from the practice's kept check-in summary.
    afterWrite: (trx, id) => summarizePractice(trx, id),
    children: [
      {
        key: 'checkIns',
        table: 'practiceCheckins',
        parentColumn: 'practiceId',
        columns: ['id', 'date', 'status', 'note', ...stamps],
      },
    ],
  },
  {
    name: 'reflections',
    table: 'reflections',
    owner: 'userId',
    columns: [...reflectionColumns],
    json: ['emotions', 'tags', 'form'],
  },
  {
    name: 'moodCheckIns',
    table: 'moodCheckins',
    owner: 'userId',
    columns: ['id', 'at', 'date', 'pleasantness', 'energy', 'emotions'],
    json: ['emotions'],
  },
  {
    name: 'reactions',
    table: 'reactions',
    owner: 'userId',
    columns: [
      'id',
      'at',
      'date',
      'trigger',
      'emotions',
      'intensity',
      'automaticReaction',
      'chosenResponse',
      'outcome',
      ...stamps,
    ],
    json: ['emotions'],
  },
  {
    name: 'weeklyReviews',
    table: 'weeklyReviews',
    owner: 'userId',
    columns: ['id', 'week', 'wentWell', 'learned', 'focus', ...stamps],
    children: [
      {
        key: 'ratings',
        table: 'weeklyReviewRatings',
        parentColumn: 'reviewId',
        columns: ['id', 'valueId', 'valueName', 'rating', 'evidence', 'position'],
        refs: { valueId: 'values' },
      },
    ],
  },
  {
    name: 'beliefs',
    table: 'beliefs',
    owner: 'userId',
    columns: [
      'id',
      'statement',
      'kind',
      'evidenceFor',
      'evidenceAgainst',
      'reframe',
      'sourceReflectionId',
      ...stamps,
    ],
    refs: { sourceReflectionId: 'reflections' },
  },
  {
    name: 'learningItems',
    table: 'learningItems',
    owner: 'userId',
    columns: [...learningItemColumns],
    links: [
      {
        key: 'aspirationIds',
        table: 'learningItemAspirations',
        parentColumn: 'learningItemId',
        column: 'aspirationId',
        section: 'aspirations',
      },
    ],
    children: [
      {
        key: 'sessions',
        table: 'learningSessions',
        parentColumn: 'learningItemId',
        columns: ['id', 'date', 'minutes', 'note', 'createdAt'],
      },
    ],
  },
  {
    name: 'promptDeliveries',
    table: 'promptDeliveries',
    owner: 'userId',
    columns: ['date', 'promptId'],
    naturalKey: 'date',
  },
  {
    name: 'shares',
    table: 'shares',
    owner: 'ownerId',
    columns: ['id', 'itemType', 'itemId', 'targetType', 'targetId', 'createdAt'],
    exportOnly: 'Shares are not restored by an import; share the item again.',
  },
  {
    name: 'oneOnOneMeetings',
    rowsOf: meetingsSeenBy,
    columns: [
      'spaceId',
      'spaceTitle',
      'otherPerson',
      'date',
      'time',
      'timeZone',
      'durationMinutes',
      'place',
      'repeatWeeks',
      'setBy',
      ...stamps,
    ],
    naturalKey: 'spaceId',
    exportOnly:
      'A 1:1 meeting belongs to a 1:1 space of two people and is not restored by an import; set it again in the space.',
  },
  {
    name: 'feedbackRequests',
    pageOf: (db, userId, page) => listFeedbackRequests(db, userId, page, 'asc'),
    exportOnly:
      'A feedback request and its answers came from other people and are not restored by an import; ask again in Feedback.',
  },
  {
    name: 'feedbackGiven',
    rowsOf: (db, userId) =>
      db
        .selectFrom('feedbackAnswers')
        .innerJoin('feedbackRequests', 'feedbackRequests.id', 'feedbackAnswers.requestId')
        .innerJoin('users', 'users.id', 'feedbackRequests.requesterId')
        .select([
          'feedbackAnswers.id',
          'feedbackAnswers.requestId',
          'users.name as requesterName',
          'feedbackRequests.question',
          'feedbackAnswers.situation',
          'feedbackAnswers.behavior',
          'feedbackAnswers.impact',
          'feedbackAnswers.suggestion',
          'feedbackAnswers.answeredAt',
        ])
        .where('feedbackAnswers.giverId', '=', userId),
    columns: [
      'id',
      'requestId',
      'requesterName',
      'question',
      'situation',
      'behavior',
      'impact',
      'suggestion',
      'answeredAt',
    ],
    exportOnly:
      'Feedback you gave belongs to the request of the person who asked and is not restored by an import.',
  },
  {
    name: 'oneOnOnes',
    pageOf: spacesSeenBy,
    exportOnly:
      'A 1:1 space belongs to two people and is not restored by an import; start a new one with your colleague.',
  },
  {
    name: 'delegationAgreements',
    pageOf: agreementsOf,
    exportOnly:
      'A delegation agreement belongs to a leader and a member and is not restored by an import; agree again together.',
  },
];

/** The section of a name. */
export function sectionOf(name: ArchiveSectionName): SectionSpec {
  const section = SECTIONS.find((s) => s.name === name);
  if (!section) throw new Error(`No archive section ${name}`);
  return section;
}

/** The section of a name that an import writes to its table. */
export function storedSectionOf(name: ArchiveSectionName): StoredSection {
  const section = sectionOf(name);
  if (!('table' in section) || section.exportOnly) throw new Error(`${name} is never restored`);
  return section;
}

/**
 * The database without table typing: the archive walks every personal table by the names above,
 * which Kysely cannot type one by one. Only this module's queries and commands use it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const untyped = (db: Db) => db as unknown as Kysely<any>;
