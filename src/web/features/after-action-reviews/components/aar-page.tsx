import { PenLine, Plus, Trash2 } from 'lucide-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  ActionItemBody,
  UpdateAarBody,
  type Aar,
  MAX_ACTION_ITEM_TEXT,
} from '../../../../contracts/after-action-reviews';
import type { Team } from '../../../../contracts/orgs';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { FormAlert } from '../../../components/ui/form-alert';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { ApiError } from '../../../lib/api-client';
import { formatCalendarDate } from '../../../lib/format';
import { describeError } from '../../../lib/form-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormErrors } from '../../../lib/use-form-errors';
import {
  useAar,
  useAddActionItem,
  useDeleteAar,
  useDeleteActionItem,
  useTodayDate,
  useUpdateAar,
  useUpdateActionItem,
} from '../api';
import { useTeam } from '../../../lib/use-team';
import { AAR_FIELDS, AarFields, draftOf, QUESTIONS, type AarDraft } from './aar-fields';
import { ActionItemRow } from './action-item-row';
import { CarriedForward } from './carried-forward';
import { MarkdownView } from '../../../components/patterns/markdown-view';
import { TeamBackLink } from '../../../components/patterns/team-back-link';
import { TeamNotFound } from '../../../components/patterns/team-not-found';

/**
 * `/aars/:id`: one after-action review of a team. The team's items still open from earlier
 * reviews come first, tickable from here; then the four answers (edited in place), and the
 * review's own action items with their owners and done boxes. Its writer and the team's leaders
 * may delete it, after a confirmation.
 */
export function AarPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const aar = useAar(id);
  const team = useTeam(aar.data?.teamId ?? null);
  const today = useTodayDate();
  useDocumentTitle(aar.data?.title ?? t('teamLearning.aar.title'));

  if (aar.error instanceof ApiError && aar.error.status === 404) {
    return (
      <TeamNotFound
        title={t('teamLearning.aar.missing')}
        body={t('teamLearning.aar.missingBody')}
      />
    );
  }
  const failed = [aar, team, today].find((query) => query.isError);
  if (failed) return <LoadError error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!aar.data || !team.data || !today.data) return <PageLoading />;
  return (
    <>
      <TeamBackLink teamId={aar.data.teamId} teamName={team.data.name} />
      <AarView aar={aar.data} team={team.data} today={today.data} />
    </>
  );
}

function AarView({ aar, team, today }: { aar: Aar; team: Team; today: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const remove = useDeleteAar(aar);
  const editRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Closing the editor brings focus back to Edit (opening it focuses its first field).
  useEffect(() => {
    if (!editing && wasEditing.current) editRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <p className="text-sm text-ink-muted">
          {t('teamLearning.aar.kind')}
          {' · '}
          {formatCalendarDate(aar.date, navigator.language, {
            weekday: 'long',
            day: 'numeric',
            month: 'long',
            year: 'numeric',
          })}
          {aar.createdBy
            ? ` · ${t('teamLearning.reviews.by', { name: aar.createdBy.name })}`
            : null}
        </p>
        <h1 className="text-3xl leading-tight font-semibold tracking-tight text-balance break-words text-ink">
          {aar.title}
        </h1>
        {!editing ? (
          <div className="flex flex-wrap gap-2">
            <Button
              ref={editRef}
              size="sm"
              icon={<PenLine aria-hidden className="size-4" />}
              onClick={() => setEditing(true)}
            >
              {t('teamLearning.aar.edit')}
            </Button>
            {aar.canDelete ? (
              <Button
                size="sm"
                variant="danger-quiet"
                icon={<Trash2 aria-hidden className="size-4" />}
                onClick={() => setDeleting(true)}
              >
                {t('teamLearning.aar.delete')}
              </Button>
            ) : null}
          </div>
        ) : null}
      </header>

      <CarriedForward
        teamId={aar.teamId}
        items={aar.carriedForward}
        intro={t('teamLearning.carried.introExisting')}
      />

      {editing ? (
        <EditAar aar={aar} today={today} onDone={() => setEditing(false)} />
      ) : (
        <div className="flex flex-col gap-6">
          {QUESTIONS.map((question) => (
            <section key={question} className="flex flex-col gap-2">
              <h2 className="text-lg font-semibold tracking-tight text-ink">
                {t(`teamLearning.aar.questions.${question}`)}
              </h2>
              {aar[question].trim() ? (
                <MarkdownView source={aar[question]} />
              ) : (
                <p className="text-ink-muted">{t('teamLearning.aar.nothingWritten')}</p>
              )}
            </section>
          ))}
        </div>
      )}

      <ActionItems aar={aar} team={team} />

      <ConfirmDialog
        open={deleting}
        onClose={() => {
          setDeleting(false);
          remove.reset();
        }}
        title={t('teamLearning.aar.deleteTitle', { title: aar.title })}
        description={t('teamLearning.aar.deleteBody')}
        confirmLabel={t('teamLearning.aar.deleteConfirm')}
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              toast(t('teamLearning.aar.deleted', { title: aar.title }));
              void navigate(`/teams/${aar.teamId}`, { replace: true });
            },
          })
        }
      />
    </div>
  );
}

function EditAar({ aar, today, onDone }: { aar: Aar; today: string; onDone: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdateAar(aar);
  const [draft, setDraft] = useState<AarDraft>(() => draftOf(aar, today));
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(AAR_FIELDS);
  useEffect(() => {
    const title = formRef.current?.elements.namedItem('title');
    if (title instanceof HTMLElement) title.focus();
  }, [formRef]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const values = { ...draft, title: draft.title.trim() };
    const valid = validate(UpdateAarBody, values, {
      title: t('teamLearning.aar.titleRequired'),
      date: t('teamLearning.aar.dateRequired'),
    });
    if (!valid) return;
    update.mutate(values, {
      onSuccess: () => {
        toast(t('teamLearning.aar.saved'));
        onDone();
      },
      onError: showApiError,
    });
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="flex flex-col gap-6">
      {general ? <FormAlert>{general}</FormAlert> : null}
      <AarFields draft={draft} onChange={setDraft} errors={fieldErrors} today={today} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" loading={update.isPending}>
          {t('teamLearning.aar.save')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}

const ITEM_FIELDS = ['text', 'ownerId'] as const;

/** The review's own action items: done boxes, owners, removing, and adding one. */
function ActionItems({ aar, team }: { aar: Aar; team: Team }) {
  const { t } = useTranslation();
  const toast = useToast();
  const headingId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const update = useUpdateActionItem(aar.teamId);
  const remove = useDeleteActionItem(aar);
  const add = useAddActionItem(aar);
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const { formRef, fieldErrors, general, validate, showApiError, show } =
    useFormErrors(ITEM_FIELDS);
  const failure = update.error ?? remove.error;

  const onAdd = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const values = { text: text.trim(), ownerId };
    const valid = validate(ActionItemBody, values, {
      text: t('teamLearning.items.textRequired'),
      ownerId: t('teamLearning.items.ownerRequired'),
    });
    if (!valid) return;
    add.mutate(values, {
      onSuccess: () => {
        setText('');
        setOwnerId('');
        show({});
        toast(t('teamLearning.items.added'));
      },
      onError: showApiError,
    });
  };

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <header className="flex flex-col gap-1">
        <h2 id={headingId} className="text-lg font-semibold tracking-tight text-ink">
          {t('teamLearning.items.title')}
        </h2>
        <p className="max-w-prose text-[0.9375rem] text-ink-muted">
          {t('teamLearning.items.lead')}
        </p>
      </header>
      {failure ? <FormAlert>{describeError(failure, t)}</FormAlert> : null}
      {aar.actionItems.length === 0 ? (
        <p className="text-[0.9375rem] text-ink-muted">{t('teamLearning.items.empty')}</p>
      ) : (
        <ul ref={listRef} className="divide-y divide-line rounded-lg border border-line bg-surface">
          {aar.actionItems.map((item) => (
            <ActionItemRow
              key={item.id}
              item={item}
              pending={update.isPending && update.variables.itemId === item.id}
              onDone={(done, settled) => {
                remove.reset();
                update.mutate(
                  { reviewId: aar.id, itemId: item.id, done },
                  {
                    onSettled: settled,
                    onSuccess: () =>
                      toast(
                        done
                          ? t('teamLearning.items.markedDone', { text: item.text })
                          : t('teamLearning.items.markedOpen', { text: item.text }),
                      ),
                  },
                );
              }}
              onRemove={() => {
                update.reset();
                remove.mutate(item.id, {
                  onSuccess: () => {
                    toast(t('teamLearning.items.removed', { text: item.text }));
                    formRef.current?.querySelector<HTMLElement>('input')?.focus();
                  },
                });
              }}
            />
          ))}
        </ul>
      )}
      <form
        ref={formRef}
        noValidate
        onSubmit={onAdd}
        className="flex flex-col gap-4 rounded-lg border border-line bg-paper p-4"
      >
        {general ? <FormAlert>{general}</FormAlert> : null}
        <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem]">
          <TextField
            label={t('teamLearning.items.textField')}
            name="text"
            value={text}
            maxLength={MAX_ACTION_ITEM_TEXT}
            autoComplete="off"
            error={fieldErrors.text}
            onChange={(event) => setText(event.target.value)}
          />
          <SelectField
            label={t('teamLearning.items.ownerField')}
            name="ownerId"
            value={ownerId}
            error={fieldErrors.ownerId}
            onChange={(event) => setOwnerId(event.target.value)}
            options={[
              { value: '', label: t('teamLearning.items.chooseOwner') },
              ...team.members.map((member) => ({ value: member.userId, label: member.name })),
            ]}
          />
        </div>
        <div>
          <Button
            type="submit"
            loading={add.isPending}
            icon={<Plus aria-hidden className="size-4" />}
          >
            {t('teamLearning.items.add')}
          </Button>
        </div>
      </form>
    </section>
  );
}
