import { ArrowDown, ArrowUp, Link2, PenLine, Trash2 } from 'lucide-react';
import { useId, useRef } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import type { TeamOutcome } from '../../../../contracts/team-vision';
import type { MoveDirection } from '../../../components/patterns/use-reorder';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useUnlinkAspiration } from '../api';
import { MarkdownView } from '../../../components/patterns/markdown-view';

/** One outcome in the team's list, with the aligned aspirations the viewer may read. */
export function OutcomeCard({
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
  moveId: (direction: MoveDirection) => string;
  onMove: (direction: MoveDirection) => void;
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
        <MarkdownView source={outcome.description} className="text-[0.9375rem]" />
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
