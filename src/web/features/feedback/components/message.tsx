import type { ReactNode } from 'react';

/** A page's whole message, kindly put: an icon, a heading and a sentence, with an optional way on. */
export function Message({
  icon,
  title,
  body,
  children,
}: {
  icon: ReactNode;
  title: string;
  body: string;
  children?: ReactNode;
}) {
  return (
    <div className="flex flex-col items-start gap-4">
      <span className="flex size-10 items-center justify-center rounded-full bg-accent-soft text-accent-ink">
        {icon}
      </span>
      <h1 className="text-2xl font-semibold tracking-tight text-ink">{title}</h1>
      <p className="max-w-prose text-[0.9375rem] text-ink-muted">{body}</p>
      {children}
    </div>
  );
}
