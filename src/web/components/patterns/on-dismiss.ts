/**
 * The `onOpenChange` of a dialog that is open while it is shown (mounted, or `open` held by its
 * parent): Escape, the close button and Cancel call `onClose`; opening needs nothing.
 *
 * @example <Dialog open onOpenChange={onDismiss(onClose)} title={title}>…</Dialog>
 */
export function onDismiss(onClose: () => void) {
  return (open: boolean) => {
    if (!open) onClose();
  };
}
