import { Building2, ChevronRight } from 'lucide-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CreateOrgBody } from '../../../../contracts/orgs';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { Card } from '../../../components/ui/card';
import { FormAlert } from '../../../components/ui/form-alert';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useCreateOrg, useMyOrgs } from '../api';

const FIELDS = ['name'] as const;

/**
 * My organizations, each with my role in it, and a form to create one (its creator becomes its
 * first admin). Joining one happens through an invitation link.
 */
export function OrgsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('orgs.title'));
  const orgs = useMyOrgs();

  return (
    <>
      <header className="mb-8 flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t('orgs.title')}</h1>
        <p className="max-w-prose text-ink-muted">{t('orgs.lead')}</p>
      </header>
      <div className="flex flex-col gap-8">
        {orgs.isError ? (
          <LoadError error={orgs.error} onRetry={() => void orgs.refetch()} />
        ) : !orgs.data ? (
          <PageLoading />
        ) : orgs.data.length === 0 ? (
          <EmptyState
            icon={Building2}
            title={t('orgs.list.emptyTitle')}
            body={t('orgs.list.empty')}
          />
        ) : (
          <ul
            aria-label={t('orgs.list.label')}
            className="divide-y divide-line rounded-xl border border-line bg-surface"
          >
            {orgs.data.map((org) => (
              <li
                key={org.id}
                className="relative flex items-center justify-between gap-4 px-4 py-4 transition-colors duration-150 hover:bg-sunken/50 sm:px-5"
              >
                <div className="flex min-w-0 flex-col gap-0.5">
                  <h2 className="text-base font-semibold break-words text-ink">
                    <Link
                      to={`/orgs/${org.id}`}
                      className="rounded-sm after:absolute after:inset-0 hover:text-accent-ink"
                    >
                      {org.name}
                    </Link>
                  </h2>
                  <p className="text-sm text-ink-muted">
                    {t('orgs.list.role', { role: t(`orgs.roles.${org.role}`) })}
                  </p>
                </div>
                <ChevronRight aria-hidden className="size-5 shrink-0 text-ink-muted" />
              </li>
            ))}
          </ul>
        )}
        <CreateOrgCard />
      </div>
    </>
  );
}

function CreateOrgCard() {
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
