import { Plus, Target } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import {
  MAX_TEAM_OUTCOMES,
  type TeamOutcome,
  type TeamVision,
} from '../../../../contracts/team-vision';
import { useReorder } from '../../../components/patterns/use-reorder';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { describeError } from '../../../lib/form-errors';
import { useReorderOutcomes } from '../api';
import { Card } from '../../../components/ui/card';
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
  const saveOrder = useReorderOutcomes(vision.teamId);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<TeamOutcome | null>(null);
  const [deleting, setDeleting] = useState<TeamOutcome | null>(null);
  const [aligning, setAligning] = useState<TeamOutcome | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const outcomes = vision.outcomes;
  const full = outcomes.length >= MAX_TEAM_OUTCOMES;

  const reorder = useReorder({
    items: outcomes,
    idOf: (outcome) => outcome.id,
    onReorder: (ids) => saveOrder.mutate(ids),
    announce: (outcome, place, total) =>
      t('teamLearning.outcomes.movedTo', { title: outcome.title, place, total }),
  });

  return (
    <Card
      title={t('teamLearning.outcomes.title')}
      description={t('teamLearning.outcomes.lead')}
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
        {saveOrder.isError ? <FormAlert>{describeError(saveOrder.error, t)}</FormAlert> : null}
        <p role="status" className="sr-only">
          {reorder.announcement}
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
                moveId={(direction) => reorder.buttonId(outcome, direction)}
                onMove={(direction) => reorder.move(outcome, direction)}
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
    </Card>
  );
}
