import { AssessmentBody } from '../../../../contracts/vision';
import type { FormValidate } from '../../../components/patterns/edit-text-dialog';
import type { REALITY_FIELDS, RealityDraft } from './reality-fields';

/** A reality assessment's body from its draft (evidence trimmed), or `null` when not valid. */
export function checkedReality(
  draft: RealityDraft,
  validate: FormValidate<(typeof REALITY_FIELDS)[number]>,
): AssessmentBody | null {
  const body = { level: draft.level, evidence: draft.evidence.trim() };
  return validate(AssessmentBody, body) ? body : null;
}
