import { Plus, Target } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_TEAM_OUTCOMES,
  type TeamOutcome,
  type TeamVision,
} from '../../../../contracts/team-vision';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { describeError } from '../../../lib/form-errors';
import { useReorderOutcomes } from '../api';
import { moveItem } from '../team-learning-view';
import { Section } from './section';
import { type Direction } from './direction';
import { OutcomeCard } from './outcome-card';
import { OutcomeDialog } from './outcome-dialog';
import { DeleteOutcomeDialog } from './delete-outcome-dialog';
import { AlignDialog } from './align-dialog';

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
