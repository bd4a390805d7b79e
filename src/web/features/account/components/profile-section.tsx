import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { UpdateProfileBody, type User } from '../../../../contracts/accounts';
import { timeZoneNames } from '../../../../core/time-zone';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { FormAlert } from '../../../components/ui/form-alert';
import { SelectField, type SelectOption } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { timeZoneOffset } from '../../../lib/format';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useUpdateProfile } from '../api';

const FIELDS = ['name', 'timeZone'] as const;

function timeZoneOptions(current: string): SelectOption[] {
  const now = new Date();
  const names = timeZoneNames();
  // The stored zone may be an alias the list leaves out (e.g. "Asia/Calcutta"); keep it choosable.
  if (!names.includes(current)) names.unshift(current);
  return names.map((zone) => {
    const offset = timeZoneOffset(zone, now);
    const label = zone.replaceAll('_', ' ');
    return { value: zone, label: offset ? `${label} (${offset})` : label };
  });
}

/** Display name and time zone, saved together. */
export function ProfileSection({ user }: { user: User }) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdateProfile();
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(FIELDS);
  const [name, setName] = useState(user.name);
  const [timeZone, setTimeZone] = useState(user.timeZone);
  const options = useMemo(() => timeZoneOptions(user.timeZone), [user.timeZone]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const values = { name: name.trim(), timeZone };
    if (!validate(UpdateProfileBody, values, { name: t('account.profile.nameRequired') })) {
      return;
    }
    update.mutate(values, {
      onSuccess: (saved) => {
        setName(saved.name);
        toast(t('common.saved'));
      },
      onError: showApiError,
    });
  };

  return (
    <Card title={t('account.profile.title')} description={t('account.profile.description')}>
      <form ref={formRef} noValidate onSubmit={onSubmit} className="flex flex-col gap-5">
        {general ? <FormAlert>{general}</FormAlert> : null}
        <div className="flex flex-col gap-1">
          <span className="text-sm font-medium text-ink">{t('account.profile.email')}</span>
          <span className="text-[0.9375rem] break-words text-ink-muted">{user.email}</span>
        </div>
        <TextField
          label={t('account.profile.name')}
          name="name"
          autoComplete="name"
          maxLength={100}
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fieldErrors.name}
        />
        <SelectField
          label={t('account.profile.timeZone')}
          name="timeZone"
          hint={t('account.profile.timeZoneHint')}
          options={options}
          value={timeZone}
          onChange={(event) => setTimeZone(event.target.value)}
          error={fieldErrors.timeZone}
        />
        <div>
          <Button type="submit" variant="primary" loading={update.isPending}>
            {t('account.profile.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
