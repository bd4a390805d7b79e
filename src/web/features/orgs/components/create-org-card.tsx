import type { FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { useNavigate } from 'react-router';
import { CreateOrgBody } from '../../../../contracts/orgs';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { FormAlert } from '../../../components/ui/form-alert';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useCreateOrg } from '../api';

const FIELDS = ['name'] as const;

/** Creates an organization (its creator becomes its first admin) and opens it. */
export function CreateOrgCard() {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const create = useCreateOrg();
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const values = { name: String(new FormData(event.currentTarget).get('name') ?? '').trim() };
    if (!validate(CreateOrgBody, values, { name: t('orgs.create.nameRequired') })) return;
    create.mutate(values.name, {
      onSuccess: (org) => {
        toast(t('orgs.create.done', { name: org.name }));
        void navigate(`/orgs/${org.id}`);
      },
      onError: showApiError,
    });
  };

  return (
    <Card title={t('orgs.create.title')} description={t('orgs.create.description')}>
      <form
        ref={formRef}
        noValidate
        onSubmit={onSubmit}
        className="flex flex-col gap-3 sm:flex-row sm:items-start"
      >
        <TextField
          label={t('orgs.create.name')}
          name="name"
          maxLength={120}
          autoComplete="organization"
          required
          error={fieldErrors.name}
          className="flex-1"
        />
        <Button type="submit" variant="primary" loading={create.isPending} className="sm:mt-7">
          {t('orgs.create.submit')}
        </Button>
      </form>
      {general ? <FormAlert className="mt-4">{general}</FormAlert> : null}
    </Card>
  );
}
