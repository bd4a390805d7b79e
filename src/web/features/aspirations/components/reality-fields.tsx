import { useTranslation } from '../../../lib/use-translation';
import { TextareaField } from '../../../components/ui/textarea-field';
import type { FieldErrors } from '../../../lib/form-errors';
import { LevelField } from '../../../components/ui/level-field';

export interface RealityDraft {
  level: number;
  evidence: string;
}

export const REALITY_FIELDS = ['level', 'evidence'] as const;

/**
 * An honest reality assessment: where I am today on 0–10, and the facts that show it. The
 * questions under the evidence label help to write facts rather than wishes.
 */
export function RealityFields({
  draft,
  onChange,
  errors,
  visionLevel,
}: {
  draft: RealityDraft;
  onChange: (draft: RealityDraft) => void;
  errors: FieldErrors<(typeof REALITY_FIELDS)[number]>;
  visionLevel?: number;
}) {
  const { t } = useTranslation();
  return (
    <>
      <LevelField
        label={t('vision.reality.level')}
        name="level"
        value={draft.level}
        onChange={(level) => onChange({ ...draft, level })}
        low={t('vision.reality.low')}
        high={t('vision.reality.high')}
        hint={
          visionLevel === undefined
            ? t('vision.reality.levelHint')
            : t('vision.reality.levelHintWithVision', { vision: visionLevel })
        }
        error={errors.level}
      />
      <TextareaField
        label={t('vision.reality.evidence')}
        name="evidence"
        rows={4}
        maxLength={4000}
        prose
        value={draft.evidence}
        onChange={(event) => onChange({ ...draft, evidence: event.target.value })}
        guide={
          <ul className="flex list-disc flex-col gap-0.5 pl-5">
            <li>{t('vision.reality.askFacts')}</li>
            <li>{t('vision.reality.askFriend')}</li>
            <li>{t('vision.reality.askAvoided')}</li>
          </ul>
        }
        error={errors.evidence}
      />
    </>
  );
}
