import type { FormEvent, ReactNode, Ref } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';

/**
 * The frame around one welcome step: its heading, lead, explanation, the form's general error,
 * fields, and the footer's buttons — Back, a gap, Skip and the step's main button (`next`).
 */
export function StepFrame({
  headingRef,
  title,
  lead,
  explain,
  children,
  back,
  skip,
  next,
  onSubmit,
  formRef,
  general,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  title: string;
  lead: ReactNode;
  explain?: ReactNode;
  children: ReactNode;
  back?: ReactNode;
  skip: ReactNode;
  next: ReactNode;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  formRef?: Ref<HTMLFormElement>;
  /** An error about the step's form as a whole (field errors sit by their fields). */
  general?: ReactNode;
}) {
  const body = (
    <>
      <div className="flex flex-col gap-5">
        {general ? <FormAlert>{general}</FormAlert> : null}
        {children}
      </div>
      {/* On phones the buttons stack, the main one on top and full width. */}
      <div className="mt-10 flex flex-col-reverse gap-2 border-t border-line pt-6 *:w-full sm:flex-row sm:items-center sm:*:w-auto">
        {back}
        <span aria-hidden className="hidden sm:block sm:flex-1" />
        {skip}
        {next}
      </div>
    </>
  );
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3">
        <h1
          ref={headingRef}
          tabIndex={-1}
          className="text-3xl font-semibold tracking-tight text-balance text-ink"
        >
          {title}
        </h1>
        <p className="max-w-prose text-[1.0625rem] leading-relaxed text-ink-muted">{lead}</p>
        {explain ? (
          <div className="rounded-xl border border-line bg-surface px-4 py-3 text-[0.9375rem] leading-relaxed text-ink-muted">
            {explain}
          </div>
        ) : null}
      </div>
      {onSubmit ? (
        <form ref={formRef} noValidate onSubmit={onSubmit}>
          {body}
        </form>
      ) : (
        <div>{body}</div>
      )}
    </div>
  );
}
