import { clsx } from 'clsx';
import { X } from 'lucide-react';
import { Dialog as RadixDialog } from 'radix-ui';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from '../../lib/use-translation';

let openDialogs = 0;

/** Keeps the page behind an open dialog from scrolling. */
function useScrollLock(active: boolean) {
  useEffect(() => {
    if (!active) return;
    openDialogs += 1;
    document.documentElement.classList.add('dialog-open');
    return () => {
      openDialogs -= 1;
      if (openDialogs === 0) document.documentElement.classList.remove('dialog-open');
    };
  }, [active]);
}

/**
 * A modal dialog: labelled by its title, described by its description, focus kept inside until
 * it closes, Escape and the close button dismiss it. On closing, focus goes back to whatever
 * opened it; when that is gone (e.g. the row it sat in was removed), to `returnFocus()`.
 */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  className,
  returnFocus,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  className?: string;
  returnFocus?: () => HTMLElement | null | undefined;
}) {
  const { t } = useTranslation();
  const openerRef = useRef<HTMLElement | null>(null);
  useScrollLock(open);
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        {/*
          A plain backdrop instead of RadixDialog.Overlay: the Overlay injects a <style> element
          to lock scrolling, which the server's CSP (style-src 'self') would block.
        */}
        <div
          aria-hidden
          data-state={open ? 'open' : 'closed'}
          className="fixed inset-0 z-40 bg-overlay data-[state=closed]:animate-fade-out data-[state=open]:animate-fade-in"
        />
        <RadixDialog.Content
          onOpenAutoFocus={() => {
            // Runs before focus moves in, so this is still the element that opened the dialog.
            const active = document.activeElement;
            openerRef.current = active instanceof HTMLElement ? active : null;
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            const opener = openerRef.current;
            const target = opener?.isConnected ? opener : returnFocus?.();
            target?.focus();
          }}
          className={clsx(
            'fixed top-1/2 left-1/2 z-50 flex max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-md',
            '-translate-x-1/2 -translate-y-1/2 flex-col gap-4 overflow-y-auto rounded-xl border',
            'border-line bg-surface p-6 shadow-float',
            'data-[state=closed]:animate-fade-out data-[state=open]:animate-rise-in',
            className,
          )}
        >
          <div className="flex items-start justify-between gap-4">
            <RadixDialog.Title className="text-lg font-semibold tracking-tight text-ink">
              {title}
            </RadixDialog.Title>
            <RadixDialog.Close
              aria-label={t('common.close')}
              className="-mt-1 -mr-2 inline-flex size-8 shrink-0 items-center justify-center rounded-lg text-ink-muted hover:bg-sunken hover:text-ink"
            >
              <X aria-hidden className="size-4" />
            </RadixDialog.Close>
          </div>
          {description ? (
            <RadixDialog.Description className="text-[0.9375rem] text-ink-muted">
              {description}
            </RadixDialog.Description>
          ) : null}
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

/** The row of buttons at the foot of a dialog: the main action last (rightmost). */
export function DialogActions({ children }: { children: ReactNode }) {
  return (
    <div className="mt-2 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">{children}</div>
  );
}
