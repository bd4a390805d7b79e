import { clsx } from 'clsx';
import { CircleAlert, Info } from 'lucide-react';
import type { ReactNode } from 'react';

/**
 * A message about a whole form. The "error" tone is an alert region (role="alert"), so screen
 * readers announce it as soon as it appears; "info" is a polite status.
 */
export function FormAlert({
  tone = 'error',
  children,
  className,
}: {
  tone?: 'error' | 'info';
  children: ReactNode;
  className?: string;
}) {
  const Icon = tone === 'error' ? CircleAlert : Info;
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={clsx(
        'flex items-start gap-2.5 rounded-lg border px-3.5 py-3 text-[0.9375rem]',
        tone === 'error'
          ? 'border-danger/30 bg-danger-soft text-danger'
          : 'border-accent/25 bg-accent-soft text-accent-ink',
        className,
      )}
    >
      <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div>{children}</div>
    </div>
  );
}
