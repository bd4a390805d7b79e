import type { AssessmentBody } from '../../../../contracts/vision';
import type { FormValidate } from '../../../components/patterns/edit-text-dialog';
import { assessmentBody } from '../schemas';
import type { REALITY_FIELDS, RealityDraft } from './reality-fields';

/**
 * A reality assessment's body from its draft (evidence trimmed), or `null` when not valid; it
 * waits for the contract's rule, loaded on first use (`assessmentBody`).
 */
export async function checkedReality(
  draft: RealityDraft,
  validate: FormValidate<(typeof REALITY_FIELDS)[number]>,
): Promise<AssessmentBody | null> {
  const body = { level: draft.level, evidence: draft.evidence.trim() };
  return (await validate(assessmentBody, body)) ? body : null;
}
