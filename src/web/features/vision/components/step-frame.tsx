import { type FormEvent, type ReactNode, type Ref } from 'react';

/** The frame around one welcome step: its heading, lead, explanation, fields and footer. */
export function StepFrame({
  headingRef,
  title,
  lead,
  explain,
  children,
  footer,
  onSubmit,
  formRef,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  title: string;
  lead: ReactNode;
  explain?: ReactNode;
  children: ReactNode;
  footer: ReactNode;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  formRef?: Ref<HTMLFormElement>;
}) {
  const body = (
    <>
      <div className="flex flex-col gap-5">{children}</div>
      {/* On phones the buttons stack, the main one on top and full width. */}
      <div className="mt-10 flex flex-col-reverse gap-2 border-t border-line pt-6 *:w-full sm:flex-row sm:items-center sm:*:w-auto">
        {footer}
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
