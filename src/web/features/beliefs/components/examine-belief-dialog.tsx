import { BeliefDialog } from './belief-dialog';

/** The Journal's "Examine this belief": a new limiting belief, prefilled, linked to its source. */
export function ExamineBeliefDialog({
  open,
  onOpenChange,
  statement,
  sourceReflectionId,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  statement: string;
  sourceReflectionId: string;
}) {
  return (
    <BeliefDialog
      open={open}
      onOpenChange={onOpenChange}
      initialStatement={statement}
      sourceReflectionId={sourceReflectionId}
    />
  );
}
