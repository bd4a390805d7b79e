import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateAspirationBody, type AspirationDetail } from '../../../../contracts/vision';
import { FormDialog } from '../../../components/ui/form-dialog';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useToast } from '../../../components/ui/toast';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useUpdateAspiration } from '../api';
import { LevelField } from '../../../components/ui/level-field';

const FIELDS = ['vision', 'visionLevel', 'reason'] as const;

/**
 * A new version of the vision: its words and its level. Lowering the level asks for a written
 * reason, so every lowering is a decision rather than a drift. The old version stays in the
 * history. Give it a new `key` each time it opens, so it starts from the current vision.
 */
export function ChangeVisionDialog({
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
  const update = useUpdateAspiration();
  const [vision, setVision] = useState(aspiration.vision);
  const [visionLevel, setVisionLevel] = useState(aspiration.visionLevel);
  const [reason, setReason] = useState('');
  const lowering = visionLevel < aspiration.visionLevel;
  const { formRef, fieldErrors, general, validate, showApiError, show } = useFormErrors(FIELDS);

  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) {
      show({});
      update.reset();
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const words = vision.trim();
    const changes = {
      vision: words !== aspiration.vision ? words : undefined,
      visionLevel: visionLevel !== aspiration.visionLevel ? visionLevel : undefined,
      reason: reason.trim() || undefined,
    };
    if (changes.vision === undefined && changes.visionLevel === undefined) {
      close(false);
      return;
    }
    const valid = validate(
      UpdateAspirationBody,
      { ...changes, vision: words },
      {
        vision: t('vision.aspiration.visionRequired'),
        ...(lowering ? { reason: t('vision.change.reasonRequired') } : {}),
      },
    );
    if (!valid) return;
    update.mutate(
      { id: aspiration.id, ...changes, reason: lowering ? changes.reason : undefined },
      {
        onSuccess: () => {
          toast(t('vision.change.saved'));
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
      title={t('vision.change.title')}
      description={t('vision.change.description')}
      className="sm:max-w-lg"
      formRef={formRef}
      onSubmit={onSubmit}
      general={general}
      submitLabel={t('vision.change.submit')}
      pending={update.isPending}
    >
      <TextareaField
        label={t('vision.aspiration.vision')}
        name="vision"
        rows={5}
        maxLength={4000}
        required
        prose
        value={vision}
        onChange={(event) => setVision(event.target.value)}
        hint={t('vision.aspiration.visionHint')}
        error={fieldErrors.vision}
      />
      <LevelField
        label={t('vision.aspiration.visionLevel')}
        name="visionLevel"
        value={visionLevel}
        onChange={setVisionLevel}
        low={t('vision.aspiration.visionLow')}
        high={t('vision.aspiration.visionHigh')}
        hint={t('vision.change.levelHint', { level: aspiration.visionLevel })}
        error={fieldErrors.visionLevel}
      />
      {lowering ? (
        <TextareaField
          label={t('vision.change.reason')}
          name="reason"
          rows={3}
          maxLength={1000}
          required
          prose
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          hint={t('vision.change.reasonHint', {
            from: aspiration.visionLevel,
            to: visionLevel,
          })}
          error={fieldErrors.reason}
          className="motion-safe:animate-fade-in"
        />
      ) : null}
    </FormDialog>
  );
}
