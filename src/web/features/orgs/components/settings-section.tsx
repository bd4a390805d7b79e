import type { FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { UpdateOrgBody, type OrgDetail } from '../../../../contracts/orgs';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { FormAlert } from '../../../components/ui/form-alert';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useUpdateOrg } from '../api';

const FIELDS = ['name', 'minGroupSize'] as const;

/** For admins: the organization's name and its minimum group size (k). */
export function SettingsSection({ org }: { org: OrgDetail }) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdateOrg(org.id);
  const { formRef, fieldErrors, general, validate, showApiError, show } = useFormErrors(FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const data = new FormData(event.currentTarget);
    const name = String(data.get('name') ?? '').trim();
    const sizeText = String(data.get('minGroupSize') ?? '').trim();
    const minGroupSize = Number(sizeText);
    if (!/^\d+$/.test(sizeText) || minGroupSize < 3 || minGroupSize > 50) {
      show({ minGroupSize: t('orgs.settings.minGroupSizeInvalid') });
      return;
    }
    const values = { name, minGroupSize };
    if (!validate(UpdateOrgBody, values, { name: t('orgs.create.nameRequired') })) return;
    update.mutate(values, {
      onSuccess: () => toast(t('orgs.settings.saved')),
      onError: showApiError,
    });
  };

  return (
    <Card title={t('orgs.settings.title')} description={t('orgs.settings.description')}>
      <form
        // A new key when the saved values change: the fields start from them again.
        key={`${org.name}|${org.minGroupSize}`}
        ref={formRef}
        noValidate
        onSubmit={onSubmit}
        className="flex flex-col gap-5"
      >
        {general ? <FormAlert>{general}</FormAlert> : null}
        <TextField
          label={t('orgs.settings.name')}
          name="name"
          defaultValue={org.name}
          maxLength={120}
          autoComplete="organization"
          required
          error={fieldErrors.name}
        />
        <TextField
          label={t('orgs.settings.minGroupSize')}
          name="minGroupSize"
          type="number"
          inputMode="numeric"
          min={3}
          max={50}
          step={1}
          defaultValue={org.minGroupSize}
          hint={t('orgs.settings.minGroupSizeHint')}
          error={fieldErrors.minGroupSize}
          className="max-w-xs"
        />
        <div>
          <Button type="submit" loading={update.isPending}>
            {t('orgs.settings.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
