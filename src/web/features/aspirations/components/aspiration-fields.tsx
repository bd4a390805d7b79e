import { useTranslation } from '../../../lib/use-translation';
import type { LifeDomain } from '../../../../contracts/vision';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import type { FieldErrors } from '../../../lib/form-errors';
import { useDomainOptions } from './use-domain-options';
import { LevelField } from '../../../components/ui/level-field';

export interface AspirationDraft {
  title: string;
  domain: LifeDomain;
  vision: string;
  visionLevel: number;
}

export const ASPIRATION_FIELDS = ['title', 'domain', 'vision', 'visionLevel'] as const;

export const EMPTY_ASPIRATION: AspirationDraft = {
  title: '',
  domain: 'career',
  vision: '',
  visionLevel: 8,
};

/**
 * The fields of a new aspiration: its life domain, a short title, the vision in the person's
 * own words, and the vision level. Used by the "New aspiration" dialog and the welcome guide.
 */
export function AspirationFields({
  draft,
  onChange,
  errors,
}: {
  draft: AspirationDraft;
  onChange: (draft: AspirationDraft) => void;
  errors: FieldErrors<(typeof ASPIRATION_FIELDS)[number]>;
}) {
  const { t } = useTranslation();
  const domains = useDomainOptions();
  return (
    <>
      <SelectField
        label={t('vision.aspiration.domain')}
        name="domain"
        options={domains}
        value={draft.domain}
        onChange={(event) => onChange({ ...draft, domain: event.target.value as LifeDomain })}
        error={errors.domain}
      />
      <TextField
        label={t('vision.aspiration.title')}
        name="title"
        maxLength={120}
        autoComplete="off"
        required
        value={draft.title}
        onChange={(event) => onChange({ ...draft, title: event.target.value })}
        hint={t('vision.aspiration.titleHint')}
        error={errors.title}
      />
      <TextareaField
        label={t('vision.aspiration.vision')}
        name="vision"
        rows={4}
        maxLength={4000}
        required
        prose
        value={draft.vision}
        onChange={(event) => onChange({ ...draft, vision: event.target.value })}
        hint={t('vision.aspiration.visionHint')}
        error={errors.vision}
      />
      <LevelField
        label={t('vision.aspiration.visionLevel')}
        name="visionLevel"
        value={draft.visionLevel}
        onChange={(visionLevel) => onChange({ ...draft, visionLevel })}
        low={t('vision.aspiration.visionLow')}
        high={t('vision.aspiration.visionHigh')}
        hint={t('vision.aspiration.visionLevelHint')}
        error={errors.visionLevel}
      />
    </>
  );
}
