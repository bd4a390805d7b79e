import { useState } from 'react';
import { AspirationChangeDialog, type AspirationDialogProps } from './aspiration-change-dialog';
import { useAssessReality } from '../api';
import { assessmentBody } from '../schemas';
import { checkedReality } from './checked-reality';
import { REALITY_FIELDS, RealityFields, type RealityDraft } from './reality-fields';

/**
 * Records a new, honest reality assessment; earlier ones stay as they were. Give it a new `key`
 * each time it opens, so it starts from the latest level.
 */
export function AssessRealityDialog({ aspiration, open, onOpenChange }: AspirationDialogProps) {
  const [draft, setDraft] = useState<RealityDraft>(() => ({
    level: aspiration.realityLevel ?? Math.min(aspiration.visionLevel, 5),
    evidence: '',
  }));

  return (
    <AspirationChangeDialog
      words="reality"
      open={open}
      onOpenChange={onOpenChange}
      fields={REALITY_FIELDS}
      mutation={useAssessReality()}
      schema={assessmentBody}
      prepare={async (validate) => {
        const body = await checkedReality(draft, validate);
        return body ? { id: aspiration.id, ...body } : null;
      }}
    >
      {(fieldErrors) => (
        <RealityFields
          draft={draft}
          onChange={setDraft}
          errors={fieldErrors}
          visionLevel={aspiration.visionLevel}
        />
      )}
    </AspirationChangeDialog>
  );
}
