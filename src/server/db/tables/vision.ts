/**
 * Purpose, values and aspirations: visions with their revisions, reality assessments and action
 * steps.
 */

export interface PurposeRevisionsTable {
  id: string;
  userId: string;
  text: string;
  at: string;
}

export interface PersonalValuesTable {
  id: string;
  userId: string;
  name: string;
  description: string;
  /** 1 = most important; dense within a person's values. */
  rank: number;
  createdAt: string;
  updatedAt: string;
}

export interface AspirationsTable {
  id: string;
  userId: string;
  title: string;
  domain: string;
  /** The vision in force now: a copy of the latest revision, kept in the same transaction. */
  vision: string;
  visionLevel: number;
  status: 'active' | 'paused' | 'achieved' | 'released';
  statusNote: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Every version of a vision, dated by `at`; never updated or deleted on its own. */
export interface VisionRevisionsTable {
  id: string;
  aspirationId: string;
  at: string;
  vision: string;
  visionLevel: number;
  reason: string | null;
  createdAt: string;
}

/** Append-only honest ratings of where a person is. */
export interface RealityAssessmentsTable {
  id: string;
  aspirationId: string;
  at: string;
  level: number;
  evidence: string;
  createdAt: string;
}

export interface ActionStepsTable {
  id: string;
  aspirationId: string;
  text: string;
  doneAt: string | null;
  createdAt: string;
}

export interface VisionTables {
  purposeRevisions: PurposeRevisionsTable;
  personalValues: PersonalValuesTable;
  aspirations: AspirationsTable;
  visionRevisions: VisionRevisionsTable;
  realityAssessments: RealityAssessmentsTable;
  actionSteps: ActionStepsTable;
}
