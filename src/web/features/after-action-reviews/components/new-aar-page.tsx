import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { CreateAarBody } from '../../../../contracts/after-action-reviews';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { useToast } from '../../../components/ui/toast';
import { ApiError } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useCreateAar, useOpenActionItems, useTodayDate } from '../api';
import { useTeam } from '../../../lib/use-team';
import { rowsToItems, type ItemRow, type RowErrors } from '../action-items-view';
import { AAR_FIELDS, AarFields, draftOf, type AarDraft } from './aar-fields';
import { CarriedForward } from './carried-forward';
import { NewItemRows } from './new-item-rows';
import { TeamBackLink } from '../../../components/patterns/team-back-link';
import { TeamNotFound } from '../../../components/patterns/team-not-found';

/**
 * `/teams/:teamId/reviews/new`: a new after-action review of the team — what was reviewed and
 * when, the four questions, and the first action items with their owners. The team's open items
 * from earlier reviews are shown first: the new review will carry them until they are done.
 */
export function NewAarPage() {
  const { t } = useTranslation();
  const { teamId = '' } = useParams();
  const team = useTeam(teamId);
  const open = useOpenActionItems(teamId);
  const today = useTodayDate();
  useDocumentTitle(t('teamLearning.aar.newTitle'));

  const missing = [team.error, open.error].some(
    (error) => error instanceof ApiError && error.status === 404,
  );
  if (missing) {
    return (
      <TeamNotFound
        title={t('teamLearning.aar.notInTeam')}
        body={t('teamLearning.aar.notInTeamBody')}
      />
    );
  }
  const failed = [team, open, today].find((query) => query.isError);
  if (failed) return <LoadError error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!team.data || !open.data || !today.data) return <PageLoading />;

  const members = team.data.members.map((member) => ({ id: member.userId, name: member.name }));
  return (
    <>
      <TeamBackLink teamId={teamId} teamName={team.data.name} />
      <header className="mb-8 flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">
          {t('teamLearning.aar.newTitle')}
        </h1>
        <p className="max-w-prose text-ink-muted">{t('teamLearning.aar.newLead')}</p>
      </header>
      <div className="flex flex-col gap-8">
        <CarriedForward
          teamId={teamId}
          items={open.data}
          intro={t('teamLearning.carried.introNew')}
        />
        <NewAarForm teamId={teamId} members={members} today={today.data} />
      </div>
    </>
  );
}

function NewAarForm({
  teamId,
  members,
  today,
}: {
  teamId: string;
  members: { id: string; name: string }[];
  today: string;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const create = useCreateAar(teamId);
  const [draft, setDraft] = useState<AarDraft>(() => draftOf(null, today));
  const [rows, setRows] = useState<ItemRow[]>([]);
  const [rowErrors, setRowErrors] = useState<Record<number, RowErrors>>({});
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(AAR_FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const values = { ...draft, title: draft.title.trim(), actionItems: [] };
    const valid = validate(CreateAarBody, values, {
      title: t('teamLearning.aar.titleRequired'),
      date: t('teamLearning.aar.dateRequired'),
    });
    if (!valid) return;
    const { items, errors } = rowsToItems(rows, {
      text: t('teamLearning.items.textRequired'),
      ownerId: t('teamLearning.items.ownerRequired'),
    });
    setRowErrors(errors);
    const firstBad = Object.keys(errors)[0];
    if (firstBad !== undefined) {
      const key = Number(firstBad);
      const field = errors[key]?.text ? 'text' : 'ownerId';
      const input = formRef.current?.elements.namedItem(`item-${key}-${field}`);
      if (input instanceof HTMLElement) input.focus();
      return;
    }
    create.mutate(
      { ...values, actionItems: items },
      {
        onSuccess: (aar) => {
          toast(t('teamLearning.aar.created', { title: aar.title }));
          void navigate(`/aars/${aar.id}`, { replace: true });
        },
        onError: showApiError,
      },
    );
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="flex flex-col gap-8">
      {general ? <FormAlert>{general}</FormAlert> : null}
      <AarFields draft={draft} onChange={setDraft} errors={fieldErrors} today={today} />
      <NewItemRows rows={rows} onChange={setRows} members={members} errors={rowErrors} />
      <div className="flex flex-wrap gap-2 border-t border-line pt-6">
        <Button type="submit" variant="primary" loading={create.isPending}>
          {t('teamLearning.aar.create')}
        </Button>
        <Button onClick={() => void navigate(`/teams/${teamId}`)}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
