import type { Kysely } from 'kysely';

/**
 * Indexes chosen from the query plans of the hot paths (docs/performance.md), on both engines:
 * - the statistics rollup of a write reads the feedback a person gave by `giver_id` (a full scan
 *   of feedback_answers before);
 * - Today reads of each aspiration the assessments and revisions of the erosion window and the
 *   latest two before it, by (aspiration_id, at);
 * - Today and the rollup read a practice's check-ins in date order with their status: a
 *   covering index answers them from the index alone, already in order.
 */
const INDEXES: [name: string, table: string, columns: string[]][] = [
  ['feedback_answers_giver', 'feedback_answers', ['giver_id', 'answered_at']],
  [
    'practice_checkins_practice_date_status',
    'practice_checkins',
    ['practice_id', 'date', 'status'],
  ],
  ['reality_assessments_aspiration_at', 'reality_assessments', ['aspiration_id', 'at']],
  ['vision_revisions_aspiration_at', 'vision_revisions', ['aspiration_id', 'at']],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, table, columns] of INDEXES) {
    await db.schema.createIndex(name).on(table).columns(columns).execute();
  }
}
