import { ConfirmDialog } from '../ui/confirm-dialog';
import { useToast } from '../ui/toast';

/** The words of removing one member, or of the viewer leaving. */
export interface RemoveWords {
  title: string;
  description: string;
  confirm: string;
  /** The toast once it is done. */
  done: string;
}

/** Whom a members remove dialog is about, and whether it is open. */
export interface MemberToRemove<Member> {
  member: Member | null;
  /** The member is the viewer, who is leaving. */
  isMe: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * Asks before removing a member (or, on the viewer's own row, before leaving). `run` starts the
 * removal and calls `onSuccess` when it is done; the dialog then closes, says `done` in a toast,
 * and after leaving calls `afterLeaving` (the page is no longer the viewer's to see).
 */
export function MembersRemoveDialog<Member>({
  member,
  isMe,
  open,
  onOpenChange,
  leaveWords,
  removeWords,
  action,
  afterLeaving,
  describe,
}: MemberToRemove<Member> & {
  leaveWords: RemoveWords;
  removeWords: (member: Member) => RemoveWords;
  action: {
    run: (member: Member, onSuccess: () => void) => void;
    pending: boolean;
    error: unknown;
    reset: () => void;
  };
  afterLeaving: () => void;
  describe?: (error: unknown) => string;
}) {
  const toast = useToast();
  if (!member) return null;
  const said = isMe ? leaveWords : removeWords(member);
  const close = () => {
    onOpenChange(false);
    action.reset();
  };
  return (
    <ConfirmDialog
      open={open}
      onClose={close}
      title={said.title}
      description={said.description}
      returnFocus={() => document.getElementById('main')}
      error={action.error}
      describe={describe}
      pending={action.pending}
      confirmLabel={said.confirm}
      onConfirm={() =>
        action.run(member, () => {
          close();
          toast(said.done);
          if (isMe) afterLeaving();
        })
      }
    />
  );
}
