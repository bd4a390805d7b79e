import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, type ButtonSize } from '../ui/button';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { useToast } from '../ui/toast';

/** What a delete action needs of the mutation that deletes by id (a React Query mutation fits). */
export interface DeleteMutation {
  mutate: (id: string, options: { onSuccess: () => void }) => void;
  reset: () => void;
  isPending: boolean;
  error: unknown;
}

/**
 * A quiet "Delete" button that asks first (ConfirmDialog: what will happen, Cancel, the action)
 * and then deletes `id` with `remove`. Once it is gone the dialog closes, `done` is toasted and,
 * given `goTo`, the page leaves for that list. A failed attempt keeps the dialog open with its
 * error.
 */
export function DeleteAction({
  id,
  remove,
  label,
  title,
  description,
  confirmLabel,
  done,
  goTo,
  returnFocus,
  size = 'sm',
}: {
  id: string;
  remove: DeleteMutation;
  label: string;
  title: string;
  description: string;
  confirmLabel: string;
  done: string;
  goTo?: string;
  /** Where focus goes afterwards when the item (and this button) is gone. */
  returnFocus?: () => HTMLElement | null | undefined;
  size?: ButtonSize;
}) {
  const toast = useToast();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size={size}
        variant="danger-quiet"
        icon={<Trash2 aria-hidden className="size-4" />}
        onClick={() => setOpen(true)}
      >
        {label}
      </Button>
      <ConfirmDialog
        open={open}
        onClose={() => {
          setOpen(false);
          remove.reset();
        }}
        title={title}
        description={description}
        confirmLabel={confirmLabel}
        pending={remove.isPending}
        error={remove.error}
        returnFocus={returnFocus}
        onConfirm={() =>
          remove.mutate(id, {
            onSuccess: () => {
              setOpen(false);
              toast(done);
              if (goTo) void navigate(goTo, { replace: true });
            },
          })
        }
      />
    </>
  );
}
