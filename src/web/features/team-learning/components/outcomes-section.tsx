import { ArrowDown, ArrowUp, Link2, PenLine, Plus, Target, Trash2 } from 'lucide-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  CreateOutcomeBody,
  MAX_OUTCOME_DESCRIPTION,
  MAX_OUTCOME_TITLE,
  MAX_TEAM_OUTCOMES,
  type TeamOutcome,
  type TeamVision,
} from '../../../../contracts/team-vision';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Dialog, DialogActions } from '../../../components/ui/dialog';
import { FormAlert } from '../../../components/ui/form-alert';
import { FormDialog } from '../../../components/ui/form-dialog';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useFormErrors } from '../../../lib/use-form-errors';
import {
  useCreateOutcome,
  useDeleteOutcome,
  useLinkAspiration,
  useMyActiveAspirations,
  useReorderOutcomes,
  useUnlinkAspiration,
  useUpdateOutcome,
} from '../api';
import { moveItem } from '../team-learning-view';
import { MarkdownText } from './markdown-text';
import { Section } from './section';

type Direction = 'up' | 'down';

/**
 * The team's outcomes in order: who may write them adds, edits, deletes (after asking) and
 * reorders them with up and down buttons; every member aligns their own aspirations with one.
 * Under each outcome are only the aligned aspirations the viewer may read.
 */
export function OutcomesSection({ vision }: { vision: TeamVision }) {
  const { t } = useTranslation();
  const reorder = useReorderOutcomes(vision.teamId);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<TeamOutcome | null>(null);
  const [deleting, setDeleting] = useState<TeamOutcome | null>(null);
  const [aligning, setAligning] = useState<TeamOutcome | null>(null);
  const [moved, setMoved] = useState<{ id: string; direction: Direction } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const idPrefix = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const outcomes = vision.outcomes;
  const full = outcomes.length >= MAX_TEAM_OUTCOMES;

  // After a move, focus stays on the moved outcome's button (or its other one at an end).
  useEffect(() => {
    if (!moved) return;
    const button = (direction: Direction) =>
      document.getElementById(`${idPrefix}-${moved.id}-${direction}`);
    const same = button(moved.direction);
    const target =
      same && !same.hasAttribute('disabled')
        ? same
        : button(moved.direction === 'up' ? 'down' : 'up');
    target?.focus();
  }, [moved, outcomes, idPrefix]);

  const move = (outcome: TeamOutcome, direction: Direction) => {
    const from = outcomes.findIndex((o) => o.id === outcome.id);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= outcomes.length) return;
    const ids = moveItem(
      outcomes.map((o) => o.id),
      from,
      to,
    );
    setMoved({ id: outcome.id, direction });
    setAnnouncement(
      t('teamLearning.outcomes.movedTo', {
        title: outcome.title,
        place: to + 1,
        total: outcomes.length,
      }),
    );
    reorder.mutate(ids);
  };

  return (
    <Section
      title={t('teamLearning.outcomes.title')}
      lead={t('teamLearning.outcomes.lead')}
      actions={
        vision.canEdit && !full ? (
          <Button
            size="sm"
            icon={<Plus aria-hidden className="size-4" />}
            onClick={() => setCreating(true)}
          >
            {t('teamLearning.outcomes.add')}
          </Button>
        ) : null
      }
    >
      <div ref={bodyRef} className="flex flex-col gap-4">
        {reorder.isError ? <FormAlert>{describeError(reorder.error, t)}</FormAlert> : null}
        <p role="status" className="sr-only">
          {announcement}
        </p>
        {outcomes.length === 0 ? (
          <p className="flex max-w-prose items-start gap-3 text-[0.9375rem] text-ink-muted">
            <Target aria-hidden className="mt-0.5 size-5 shrink-0 text-accent" />
            {vision.canEdit
              ? t('teamLearning.outcomes.emptyCanEdit')
              : t('teamLearning.outcomes.emptyReadOnly')}
          </p>
        ) : (
          <ol className="flex flex-col gap-3">
            {outcomes.map((outcome, index) => (
              <OutcomeCard
                key={outcome.id}
                outcome={outcome}
                place={index + 1}
                count={outcomes.length}
                canEdit={vision.canEdit}
                teamId={vision.teamId}
                moveId={(direction) => `${idPrefix}-${outcome.id}-${direction}`}
                onMove={(direction) => move(outcome, direction)}
                onEdit={() => setEditing(outcome)}
                onDelete={() => setDeleting(outcome)}
                onAlign={() => setAligning(outcome)}
              />
            ))}
          </ol>
        )}
        {full && vision.canEdit ? (
          <p className="text-sm text-ink-muted">
            {t('teamLearning.outcomes.full', { max: MAX_TEAM_OUTCOMES })}
          </p>
        ) : null}
      </div>

      {creating ? <OutcomeDialog teamId={vision.teamId} open onOpenChange={setCreating} /> : null}
      {editing ? (
        <OutcomeDialog
          key={editing.id}
          teamId={vision.teamId}
          outcome={editing}
          open
          onOpenChange={(open) => {
            if (!open) setEditing(null);
          }}
        />
      ) : null}
      <DeleteOutcomeDialog
        teamId={vision.teamId}
        outcome={deleting}
        onClose={() => setDeleting(null)}
        returnFocus={() => bodyRef.current?.closest('section')?.querySelector('h2')}
      />
      {aligning ? (
        <AlignDialog
          key={aligning.id}
          teamId={vision.teamId}
          outcome={aligning}
          onClose={() => setAligning(null)}
        />
      ) : null}
    </Section>
  );
}

function OutcomeCard({
  outcome,
  place,
  count,
  canEdit,
  teamId,
  moveId,
  onMove,
  onEdit,
  onDelete,
  onAlign,
}: {
  outcome: TeamOutcome;
  place: number;
  count: number;
  canEdit: boolean;
  teamId: string;
  moveId: (direction: Direction) => string;
  onMove: (direction: Direction) => void;
  onEdit: () => void;
  onDelete: () => void;
  onAlign: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const unlink = useUnlinkAspiration(teamId);
  const headingId = useId();
  const alignRef = useRef<HTMLButtonElement>(null);

  return (
    <li
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-lg border border-line bg-paper p-4 sm:p-5"
    >
      <div className="flex items-start justify-between gap-3">
        <h3 id={headingId} className="min-w-0 pt-1 font-semibold break-words text-ink">
          <span className="sr-only">
            {t('teamLearning.outcomes.place', { place, total: count })}{' '}
          </span>
          {outcome.title}
        </h3>
        {canEdit && count > 1 ? (
          <div className="flex shrink-0 gap-1">
            {(['up', 'down'] as const).map((direction) => {
              const Icon = direction === 'up' ? ArrowUp : ArrowDown;
              const atEnd = direction === 'up' ? place === 1 : place === count;
              return (
                <button
                  key={direction}
                  id={moveId(direction)}
                  type="button"
                  disabled={atEnd}
                  aria-label={t(`teamLearning.outcomes.move.${direction}`, {
                    title: outcome.title,
                  })}
                  onClick={() => onMove(direction)}
                  className="inline-flex size-9 items-center justify-center rounded-lg border border-line bg-surface text-ink-muted transition-colors duration-150 hover:border-line-strong hover:text-ink disabled:cursor-not-allowed disabled:opacity-40"
                >
                  <Icon aria-hidden className="size-4" />
                </button>
              );
            })}
          </div>
        ) : null}
      </div>
      {outcome.description ? (
        <MarkdownText source={outcome.description} className="text-[0.9375rem]" />
      ) : null}

      <div className="flex flex-col gap-2">
        <h4 className="text-xs font-semibold tracking-wide text-ink-muted uppercase">
          {t('teamLearning.outcomes.aligned')}
        </h4>
        {unlink.isError ? <FormAlert>{describeError(unlink.error, t)}</FormAlert> : null}
        {outcome.aspirations.length === 0 ? (
          <p className="text-[0.9375rem] text-ink-muted">
            {t('teamLearning.outcomes.noneAligned')}
          </p>
        ) : (
          <ul className="flex flex-col gap-2">
            {outcome.aspirations.map((aspiration) => (
              <li
                key={aspiration.id}
                className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1"
              >
                <span className="min-w-0 text-[0.9375rem] break-words">
                  <Link
                    to={
                      aspiration.mine
                        ? `/vision/aspirations/${aspiration.id}`
                        : `/shared/aspiration/${aspiration.id}`
                    }
                    className="font-medium text-accent-ink underline-offset-4 hover:underline"
                  >
                    {aspiration.title}
                  </Link>
                  <span className="text-ink-muted">
                    {' · '}
                    {aspiration.mine ? t('teamLearning.outcomes.yours') : aspiration.owner.name}
                  </span>
                </span>
                {aspiration.mine ? (
                  <Button
                    size="sm"
                    variant="ghost"
                    loading={unlink.isPending && unlink.variables.aspirationId === aspiration.id}
                    onClick={() =>
                      unlink.mutate(
                        { outcomeId: outcome.id, aspirationId: aspiration.id },
                        {
                          onSuccess: () => {
                            // The row and its button are gone: focus moves to aligning again.
                            alignRef.current?.focus();
                            toast(
                              t('teamLearning.align.withdrawn', {
                                title: aspiration.title,
                                outcome: outcome.title,
                              }),
                            );
                          },
                        },
                      )
                    }
                  >
                    {t('teamLearning.align.withdraw')}
                    <span className="sr-only"> {aspiration.title}</span>
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="flex flex-wrap gap-2 border-t border-line pt-3">
        <Button
          ref={alignRef}
          size="sm"
          icon={<Link2 aria-hidden className="size-4" />}
          onClick={onAlign}
        >
          {t('teamLearning.align.open')}
          <span className="sr-only"> {t('teamLearning.align.with', { title: outcome.title })}</span>
        </Button>
        {canEdit ? (
          <>
            <Button
              size="sm"
              variant="ghost"
              icon={<PenLine aria-hidden className="size-4" />}
              onClick={onEdit}
            >
              {t('teamLearning.outcomes.edit')}
              <span className="sr-only"> {outcome.title}</span>
            </Button>
            <Button
              size="sm"
              variant="danger-quiet"
              icon={<Trash2 aria-hidden className="size-4" />}
              onClick={onDelete}
            >
              {t('teamLearning.outcomes.delete')}
              <span className="sr-only"> {outcome.title}</span>
            </Button>
          </>
        ) : null}
      </div>
    </li>
  );
}

const OUTCOME_FIELDS = ['title', 'description'] as const;

/** Adds an outcome, or, given `outcome`, changes its title and description. */
function OutcomeDialog({
  teamId,
  outcome,
  open,
  onOpenChange,
}: {
  teamId: string;
  outcome?: TeamOutcome;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const create = useCreateOutcome(teamId);
  const update = useUpdateOutcome(teamId);
  const [title, setTitle] = useState(outcome?.title ?? '');
  const [description, setDescription] = useState(outcome?.description ?? '');
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(OUTCOME_FIELDS);
  const pending = create.isPending || update.isPending;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const values = { title: title.trim(), description: description.trim() };
    if (!validate(CreateOutcomeBody, values, { title: t('teamLearning.outcomes.titleRequired') }))
      return;
    if (outcome) {
      update.mutate(
        { id: outcome.id, ...values },
        {
          onSuccess: () => {
            onOpenChange(false);
            toast(t('teamLearning.outcomes.saved'));
          },
          onError: showApiError,
        },
      );
    } else {
      create.mutate(values, {
        onSuccess: (created) => {
          onOpenChange(false);
          toast(t('teamLearning.outcomes.added', { title: created.title }));
        },
        onError: showApiError,
      });
    }
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={outcome ? t('teamLearning.outcomes.editTitle') : t('teamLearning.outcomes.newTitle')}
      description={outcome ? undefined : t('teamLearning.outcomes.newDescription')}
      className="sm:max-w-lg"
      formRef={formRef}
      onSubmit={onSubmit}
      general={general}
      submitLabel={outcome ? t('teamLearning.outcomes.save') : t('teamLearning.outcomes.create')}
      pending={pending}
    >
      <TextField
        label={t('teamLearning.outcomes.titleField')}
        name="title"
        value={title}
        maxLength={MAX_OUTCOME_TITLE}
        autoComplete="off"
        hint={t('teamLearning.outcomes.titleHint')}
        error={fieldErrors.title}
        onChange={(event) => setTitle(event.target.value)}
      />
      <TextareaField
        label={t('teamLearning.outcomes.descriptionField')}
        name="description"
        value={description}
        maxLength={MAX_OUTCOME_DESCRIPTION}
        hint={t('teamLearning.markdown.hint')}
        error={fieldErrors.description}
        onChange={(event) => setDescription(event.target.value)}
      />
    </FormDialog>
  );
}

function DeleteOutcomeDialog({
  teamId,
  outcome,
  onClose,
  returnFocus,
}: {
  teamId: string;
  outcome: TeamOutcome | null;
  onClose: () => void;
  returnFocus: () => HTMLElement | null | undefined;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const remove = useDeleteOutcome(teamId);
  const close = () => {
    onClose();
    remove.reset();
  };
  return (
    <ConfirmDialog
      open={outcome !== null}
      onClose={close}
      title={t('teamLearning.outcomes.deleteTitle', { title: outcome?.title ?? '' })}
      description={t('teamLearning.outcomes.deleteBody')}
      confirmLabel={t('teamLearning.outcomes.deleteConfirm')}
      pending={remove.isPending}
      error={remove.error}
      returnFocus={returnFocus}
      onConfirm={() => {
        if (!outcome) return;
        remove.mutate(outcome.id, {
          onSuccess: () => {
            close();
            toast(t('teamLearning.outcomes.deleted', { title: outcome.title }));
          },
        });
      }}
    />
  );
}

/**
 * Aligns one of my active aspirations with an outcome, saying plainly who will see it: only the
 * people the aspiration is shared with.
 */
function AlignDialog({
  teamId,
  outcome,
  onClose,
}: {
  teamId: string;
  outcome: TeamOutcome;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const aspirations = useMyActiveAspirations(true);
  const link = useLinkAspiration(teamId);
  const [aspirationId, setAspirationId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const alreadyLinked = new Set(outcome.aspirations.filter((a) => a.mine).map((a) => a.id));
  const choices = (aspirations.data ?? []).filter((a) => !alreadyLinked.has(a.id));
  const title = t('teamLearning.align.title');
  const description = t('teamLearning.align.description', { outcome: outcome.title });

  if (aspirations.isError || (aspirations.data && choices.length === 0)) {
    return (
      <Dialog
        open
        onOpenChange={(open) => {
          if (!open) onClose();
        }}
        title={title}
        description={description}
      >
        {aspirations.isError ? (
          <FormAlert>{describeError(aspirations.error, t)}</FormAlert>
        ) : (
          <p className="text-[0.9375rem] text-ink">
            {(aspirations.data ?? []).length === 0
              ? t('teamLearning.align.noAspirations')
              : t('teamLearning.align.allAligned')}{' '}
            <Link to="/vision" className="font-medium text-accent-ink underline underline-offset-4">
              {t('teamLearning.align.toVision')}
            </Link>
          </p>
        )}
        <DialogActions>
          <Button onClick={onClose}>{t('common.close')}</Button>
        </DialogActions>
      </Dialog>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (link.isPending) return;
    const chosen = choices.find((a) => a.id === aspirationId);
    if (!chosen) {
      setError(t('teamLearning.align.required'));
      const select = formRef.current?.elements.namedItem('aspirationId');
      if (select instanceof HTMLElement) select.focus();
      return;
    }
    setError(null);
    link.mutate(
      { outcomeId: outcome.id, aspirationId: chosen.id },
      {
        onSuccess: () => {
          onClose();
          toast({
            title: t('teamLearning.align.done', { title: chosen.title, outcome: outcome.title }),
            description: t('teamLearning.align.doneHint'),
          });
        },
      },
    );
  };

  return (
    <FormDialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={title}
      description={description}
      className="sm:max-w-lg"
      formRef={formRef}
      onSubmit={onSubmit}
      general={link.isError ? describeError(link.error, t) : null}
      submitLabel={t('teamLearning.align.submit')}
      pending={link.isPending}
    >
      {aspirations.data ? (
        <SelectField
          label={t('teamLearning.align.aspiration')}
          name="aspirationId"
          value={aspirationId}
          error={error ?? undefined}
          onChange={(event) => setAspirationId(event.target.value)}
          options={[
            { value: '', label: t('teamLearning.align.choose') },
            ...choices.map((a) => ({ value: a.id, label: a.title })),
          ]}
        />
      ) : (
        <p className="text-ink-muted">{t('common.loading')}</p>
      )}
      <p className="rounded-lg bg-sunken px-3.5 py-3 text-sm text-ink-muted">
        {t('teamLearning.align.privacy')}
      </p>
    </FormDialog>
  );
}
