import type { Kysely } from 'kysely';
import type { ArchiveSectionName } from '../../../contracts/portability-archive';
import type { Db } from '../../db/database';
import { summarizePractice } from '../../db/check-in-summaries';
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

/** How one archive section maps onto its table. */
export type SectionSpec = {
  name: ArchiveSectionName;
  table: string;
  owner: 'userId' | 'ownerId';
  /** Columns in archive order; `id` first where the table has one. */
  columns: string[];
  /** Columns kept as JSON text in the table and as JSON values in the archive. */
  json?: string[];
  refs?: Record<string, ArchiveSectionName>;
  children?: ChildSpec[];
  links?: LinkSpec[];
  /** The column a table without ids is ordered and told apart by. */
  naturalKey?: string;
  /** Written to the archive for the record only; an import never restores it. */
  exportOnly?: true;
  /** Keeps what is derived from a new item and its children true, in the import's transaction. */
  afterWrite?: (trx: Db, id: string) => Promise<void>;
};

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
    exportOnly: true,
  },
];

/** The section of a name. */
export function sectionOf(name: ArchiveSectionName): SectionSpec {
  const section = SECTIONS.find((s) => s.name === name);
  if (!section) throw new Error(`No archive section ${name}`);
  return section;
}

/**
 * The database without table typing: the archive walks every personal table by the names above,
 * which Kysely cannot type one by one. Only this module's queries and commands use it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const untyped = (db: Db) => db as unknown as Kysely<any>;
