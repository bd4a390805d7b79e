import { useId, type FormEvent, type ReactNode, type Ref } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';

/**
 * One part of a 1:1 space (topics, notes, actions): its heading, its list or a line saying there
 * is nothing yet, and — while the two may write (`canAdd`) — the form that adds one, under a
 * rule: its general error, then `children` (its fields and submit button).
 */
export function SpaceSection({
  title,
  explain,
  none,
  list,
  canAdd,
  formRef,
  onSubmit,
  general,
  children,
}: {
  title: string;
  explain?: string;
  none: string;
  /** The list of items, or null when there are none. */
  list: ReactNode;
  canAdd: boolean;
  formRef: Ref<HTMLFormElement>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** An error about the form as a whole (field errors sit by their fields). */
  general: ReactNode;
  children: ReactNode;
}) {
  const headingId = useId();
  const heading = (
    <h2 id={headingId} className="text-lg font-semibold tracking-tight text-ink">
      {title}
    </h2>
  );
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-5 sm:p-6"
    >
      {explain ? (
        <div className="flex flex-col gap-1">
          {heading}
          <p className="text-sm text-ink-muted">{explain}</p>
        </div>
      ) : (
        heading
      )}
      {list ?? <p className="text-[0.9375rem] text-ink-muted">{none}</p>}
      {canAdd ? (
        <form
          ref={formRef}
          noValidate
          onSubmit={onSubmit}
          className="flex flex-col gap-3 border-t border-line pt-4"
        >
          {general ? <FormAlert>{general}</FormAlert> : null}
          {children}
        </form>
      ) : null}
    </section>
  );
}
