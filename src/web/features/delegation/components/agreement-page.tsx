import { Archive, ArrowLeft, Lock } from 'lucide-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type Agreement, CreateAreaBody } from '../../../../contracts/delegation';
import { EditTextFields } from '../../../components/patterns/edit-text-fields';
import { Button } from '../../../components/ui/button';
import { Dialog, DialogActions } from '../../../components/ui/dialog';
import { FormAlert } from '../../../components/ui/form-alert';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { useToast } from '../../../components/ui/toast';
import { ApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useAddArea, useAgreement, useArchiveAgreement } from '../api';
import { AreaCard } from './area-card';

/**
 * One delegation agreement as one of its two people sees it: who leads, who can see it, each
 * decision area with its poker round, proposal, transitions and history; add areas; archive.
 * Anyone else (and a wrong link) sees a calm "not here".
 */
export function AgreementPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const agreement = useAgreement(id);
  const me = useCurrentUser().data;
  useDocumentTitle(
    agreement.data
      ? t('delegation.heading', {
          leader: agreement.data.leader.name,
          member: agreement.data.member.name,
        })
      : t('delegation.title'),
  );

  if (agreement.error instanceof ApiError && agreement.error.status === 404) {
    return (
      <>
        <BackLink />
        <h1 className="mb-4 text-3xl font-semibold tracking-tight text-ink">
          {t('delegation.missing')}
        </h1>
        <p className="max-w-prose text-ink-muted">{t('delegation.missingBody')}</p>
      </>
    );
  }
  if (agreement.isError) {
    return <LoadError error={agreement.error} onRetry={() => void agreement.refetch()} />;
  }
  if (!agreement.data || !me) return <PageLoading />;
  return <AgreementView agreement={agreement.data} timeZone={me.timeZone} />;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Link
      to="/delegation"
      className="mb-6 inline-flex items-center gap-1.5 rounded-sm text-sm font-medium text-ink-muted hover:text-ink"
    >
      <ArrowLeft aria-hidden className="size-4" />
      {t('delegation.back')}
    </Link>
  );
}

function AgreementView({ agreement, timeZone }: { agreement: Agreement; timeZone: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const archive = useArchiveAgreement();
  const [archiving, setArchiving] = useState(false);
  const other = agreement.myRole === 'leader' ? agreement.member : agreement.leader;
  const names = { leader: agreement.leader.name, member: agreement.member.name };

  return (
    <>
      <BackLink />
      <header className="mb-8 flex flex-col gap-3">
        <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-3">
          <h1 className="text-3xl font-semibold tracking-tight break-words text-ink">
            {t('delegation.heading', names)}
          </h1>
          {agreement.archivedAt === null ? (
            <Button
              size="sm"
              icon={<Archive aria-hidden className="size-4" />}
              onClick={() => setArchiving(true)}
            >
              {t('delegation.archive.open')}
            </Button>
          ) : null}
        </div>
        <p className="text-[0.9375rem] text-ink-muted">
          {t('delegation.roles', { org: agreement.org.name, ...names })}
        </p>
        <p className="inline-flex items-center gap-1.5 text-sm text-ink-muted">
          <Lock aria-hidden className="size-3.5 shrink-0" />
          {t('delegation.privacy', { name: other.name })}
        </p>
        {agreement.archivedAt ? (
          <FormAlert tone="info">
            {t('delegation.archivedNote', {
              date: formatDate(agreement.archivedAt, navigator.language, timeZone),
              name: agreement.archivedBy?.name ?? t('delegation.history.someone'),
            })}
          </FormAlert>
        ) : !agreement.canAct ? (
          <FormAlert tone="info">
            {t('delegation.apartNote', { org: agreement.org.name })}
          </FormAlert>
        ) : null}
      </header>

      <div className="flex flex-col gap-6">
        {agreement.areas.length === 0 ? (
          <div className="flex flex-col gap-1 rounded-xl border border-dashed border-line-strong/60 bg-surface p-6">
            <p className="font-medium text-ink">{t('delegation.area.noAreasTitle')}</p>
            <p className="max-w-prose text-[0.9375rem] text-ink-muted">
              {t('delegation.area.noAreas')}
            </p>
          </div>
        ) : (
          agreement.areas.map((area) => (
            <AreaCard key={area.id} agreement={agreement} area={area} timeZone={timeZone} />
          ))
        )}
        {agreement.canAct ? <AddArea agreementId={agreement.id} /> : null}
      </div>

      <Dialog
        open={archiving}
        onOpenChange={setArchiving}
        title={t('delegation.archive.title')}
        description={t('delegation.archive.description')}
        returnFocus={() => document.getElementById('main')}
      >
        {archive.isError ? <FormAlert>{describeError(archive.error, t)}</FormAlert> : null}
        <DialogActions>
          <Button onClick={() => setArchiving(false)}>{t('common.cancel')}</Button>
          <Button
            variant="primary"
            loading={archive.isPending}
            onClick={() =>
              archive.mutate(agreement.id, {
                onSuccess: () => {
                  setArchiving(false);
                  toast(t('delegation.archive.done'));
                },
              })
            }
          >
            {t('delegation.archive.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

const FIELDS = ['title', 'note'] as const;

/** Adds a decision area; a round of poker opens on it at once. */
function AddArea({ agreementId }: { agreementId: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const add = useAddArea();
  const headingId = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState({ title: '', note: '' });
  const { formRef, fieldErrors, general, validate, showApiError, show } = useFormErrors(FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    if (!validate(CreateAreaBody, draft, { title: t('delegation.area.addTitleRequired') })) return;
    add.mutate(
      { id: agreementId, ...draft },
      {
        onSuccess: () => {
          setDraft({ title: '', note: '' });
          show({});
          toast(t('delegation.area.added'));
          titleRef.current?.focus();
        },
        onError: showApiError,
      },
    );
  };

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-5 sm:p-6"
    >
      <h2 id={headingId} className="text-lg font-semibold tracking-tight text-ink">
        {t('delegation.area.add')}
      </h2>
      <form ref={formRef} noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
        {general ? <FormAlert>{general}</FormAlert> : null}
        <EditTextFields
          labels={{ title: t('delegation.area.addTitle'), body: t('delegation.area.addNote') }}
          bodyName="note"
          draft={draft}
          onChange={setDraft}
          errors={fieldErrors}
          rows={2}
          titleRef={titleRef}
          autoComplete="off"
          add={{ label: t('delegation.area.addSubmit'), pending: add.isPending }}
        />
      </form>
    </section>
  );
}
