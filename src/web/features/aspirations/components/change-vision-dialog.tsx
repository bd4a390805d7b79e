import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { UpdateAspirationBody } from '../../../../contracts/vision';
import type { FormValidate } from '../../../components/patterns/edit-text-dialog';
import { LevelField } from '../../../components/ui/level-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useUpdateAspiration } from '../api';
import { AspirationChangeDialog, type AspirationDialogProps } from './aspiration-change-dialog';

const FIELDS = ['vision', 'visionLevel', 'reason'] as const;

/**
 * A new version of the vision: its words and its level. Lowering the level asks for a written
 * reason, so every lowering is a decision rather than a drift. The old version stays in the
 * history. Give it a new `key` each time it opens, so it starts from the current vision.
 */
export function ChangeVisionDialog({ aspiration, open, onOpenChange }: AspirationDialogProps) {
  const { t } = useTranslation();
  const [vision, setVision] = useState(aspiration.vision);
  const [visionLevel, setVisionLevel] = useState(aspiration.visionLevel);
  const [reason, setReason] = useState('');
  const lowering = visionLevel < aspiration.visionLevel;

  const prepare = (validate: FormValidate<(typeof FIELDS)[number]>) => {
    const words = vision.trim();
    const changes = {
      vision: words !== aspiration.vision ? words : undefined,
      visionLevel: visionLevel !== aspiration.visionLevel ? visionLevel : undefined,
      reason: reason.trim() || undefined,
    };
    if (changes.vision === undefined && changes.visionLevel === undefined) return 'unchanged';
    const valid = validate(
      UpdateAspirationBody,
      { ...changes, vision: words },
      {
        vision: t('vision.aspiration.visionRequired'),
        ...(lowering ? { reason: t('vision.change.reasonRequired') } : {}),
      },
    );
    return valid
      ? { id: aspiration.id, ...changes, reason: lowering ? changes.reason : undefined }
      : null;
  };

  return (
    <AspirationChangeDialog
      words="change"
      open={open}
      onOpenChange={onOpenChange}
      fields={FIELDS}
      mutation={useUpdateAspiration()}
      prepare={prepare}
    >
      {(fieldErrors) => (
        <>
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
        </>
      )}
    </AspirationChangeDialog>
  );
}
