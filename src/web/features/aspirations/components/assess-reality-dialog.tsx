import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AspirationDetail } from '../../../../contracts/vision';
import { EditTextDialog } from '../../../components/patterns/edit-text-dialog';
import { useAssessReality } from '../api';
import { checkedReality } from './checked-reality';
import { REALITY_FIELDS, RealityFields, type RealityDraft } from './reality-fields';

/**
 * Records a new, honest reality assessment; earlier ones stay as they were. Give it a new `key`
 * each time it opens, so it starts from the latest level.
 */
export function AssessRealityDialog({
  aspiration,
  open,
  onOpenChange,
}: {
  aspiration: AspirationDetail;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<RealityDraft>(() => ({
    level: aspiration.realityLevel ?? Math.min(aspiration.visionLevel, 5),
    evidence: '',
  }));

  return (
    <EditTextDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('vision.reality.title')}
      description={t('vision.reality.description')}
      className="sm:max-w-lg"
      submitLabel={t('vision.reality.submit')}
      saved={t('vision.reality.saved')}
      fields={REALITY_FIELDS}
      mutation={useAssessReality()}
      prepare={(validate) => {
        const body = checkedReality(draft, validate);
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
    </EditTextDialog>
  );
}
