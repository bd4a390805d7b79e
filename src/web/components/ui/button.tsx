import { clsx } from 'clsx';
import { LoaderCircle } from 'lucide-react';
import type { ComponentProps, MouseEvent, ReactNode } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger-quiet';
export type ButtonSize = 'md' | 'sm';

const base =
  'inline-flex items-center justify-center gap-2 rounded-lg border font-medium whitespace-nowrap ' +
  'transition-colors duration-150 select-none disabled:cursor-not-allowed disabled:opacity-60 ' +
  'aria-disabled:cursor-not-allowed';

const variants: Record<ButtonVariant, string> = {
  primary:
    'border-transparent bg-accent text-on-accent hover:bg-accent-hover aria-disabled:hover:bg-accent',
  secondary: 'border-line bg-surface text-ink hover:border-line-strong hover:bg-sunken',
  ghost: 'border-transparent bg-transparent text-ink-muted hover:bg-sunken hover:text-ink',
  'danger-quiet':
    'border-line bg-surface text-danger hover:border-danger hover:bg-danger-soft aria-disabled:hover:bg-surface',
};

const sizes: Record<ButtonSize, string> = {
  md: 'h-10 px-4 text-[0.9375rem]',
  sm: 'h-8 px-3 text-sm',
};

/** The classes of a button, for links that should look like one. */
export function buttonClasses(variant: ButtonVariant = 'secondary', size: ButtonSize = 'md') {
  return clsx(base, variants[variant], sizes[size]);
}

type ButtonProps = ComponentProps<'button'> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Shows a spinner and ignores presses, but keeps focus (unlike `disabled`). */
  loading?: boolean;
  icon?: ReactNode;
};

/** A button in one of four quiet variants; `loading` keeps it focusable while work is under way. */
export function Button({
  variant = 'secondary',
  size = 'md',
  loading = false,
  icon,
  type = 'button',
  className,
  children,
  onClick,
  ...rest
}: ButtonProps) {
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (loading) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      type={type}
      className={clsx(buttonClasses(variant, size), className)}
      aria-disabled={loading || undefined}
      aria-busy={loading || undefined}
      data-loading={loading || undefined}
      onClick={handleClick}
      {...rest}
    >
      {loading ? (
        <LoaderCircle aria-hidden className="size-4 shrink-0 motion-safe:animate-spin" />
      ) : (
        icon
      )}
      {children}
    </button>
  );
}
