import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AssessmentBody, type AspirationDetail } from '../../../../contracts/vision';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useToast } from '../../../components/ui/toast';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useAssessReality } from '../api';
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
  const toast = useToast();
  const assess = useAssessReality();
  const [draft, setDraft] = useState<RealityDraft>(() => ({
    level: aspiration.realityLevel ?? Math.min(aspiration.visionLevel, 5),
    evidence: '',
  }));
  const { formRef, fieldErrors, general, validate, showApiError, show } =
    useFormErrors(REALITY_FIELDS);

  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) {
      show({});
      assess.reset();
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (assess.isPending) return;
    const body = { level: draft.level, evidence: draft.evidence.trim() };
    if (!validate(AssessmentBody, body)) return;
    assess.mutate(
      { id: aspiration.id, ...body },
      {
        onSuccess: () => {
          toast(t('vision.reality.saved'));
          close(false);
        },
        onError: showApiError,
      },
    );
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={close}
      title={t('vision.reality.title')}
      description={t('vision.reality.description')}
      className="sm:max-w-lg"
      formRef={formRef}
      onSubmit={onSubmit}
      general={general}
      submitLabel={t('vision.reality.submit')}
      pending={assess.isPending}
    >
      <RealityFields
        draft={draft}
        onChange={setDraft}
        errors={fieldErrors}
        visionLevel={aspiration.visionLevel}
      />
    </FormDialog>
  );
}
