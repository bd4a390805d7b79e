import type { ReactNode } from 'react';

/** A small square button with only an icon, named for screen readers by `label`. */
export function IconButton({
  label,
  children,
  ...rest
}: {
  label: string;
  children: ReactNode;
  disabled?: boolean;
  onClick: () => void;
  id?: string;
  'data-edit'?: string;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      className="inline-flex size-9 items-center justify-center rounded-lg text-ink-muted transition-colors duration-150 hover:bg-sunken hover:text-ink disabled:opacity-35 disabled:hover:bg-transparent"
      {...rest}
    >
      {children}
    </button>
  );
}
