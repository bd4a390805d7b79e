import { CircleCheck, Info, X } from 'lucide-react';
import { Toast } from 'radix-ui';
import type { MouseEvent } from 'react';
import { useTranslation } from '../../lib/use-translation';
import type { ToastMessage } from './toast';

export interface Item extends ToastMessage {
  id: number;
  open: boolean;
}

/** How long a toast stays; one with a link stays longer, so there is time to reach it. */
const DURATION = 4000;
const DURATION_WITH_LINK = 8000;

/** Whether a click on a link is a plain one (not opening a new tab or window). */
function isPlainClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** The toasts on screen and their region (Radix Toast), for ToastProvider in ./toast.tsx. */
export function ToastList({
  items,
  close,
  navigate,
}: {
  items: readonly Item[];
  close: (id: number) => void;
  navigate?: (to: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Toast.Provider duration={DURATION} label={t('toast.region')}>
      {items.map((item) => {
        const Icon = item.tone === 'info' ? Info : CircleCheck;
        return (
          <Toast.Root
            key={item.id}
            open={item.open}
            duration={item.link ? DURATION_WITH_LINK : DURATION}
            onOpenChange={(open) => {
              if (!open) close(item.id);
            }}
            className="pointer-events-auto flex w-full items-start gap-3 rounded-xl border border-line bg-surface px-4 py-3 text-ink shadow-float data-[state=closed]:animate-toast-out data-[state=open]:animate-toast-in data-[swipe=end]:animate-toast-out data-[swipe=move]:translate-x-(--radix-toast-swipe-move-x)"
          >
            <Icon aria-hidden className="mt-0.5 size-5 shrink-0 text-accent" />
            <div className="flex min-w-0 flex-1 flex-col gap-0.5">
              <Toast.Title className="text-[0.9375rem] font-medium">{item.title}</Toast.Title>
              {item.description ? (
                <Toast.Description className="text-sm text-ink-muted">
                  {item.description}
                </Toast.Description>
              ) : null}
              {item.link ? (
                <Toast.Action altText={item.link.label} asChild>
                  <a
                    href={item.link.to}
                    onClick={(event) => {
                      if (!navigate || !isPlainClick(event) || !item.link) return;
                      // Prevented, the click no longer closes the toast by itself.
                      event.preventDefault();
                      close(item.id);
                      navigate(item.link.to);
                    }}
                    className="mt-1 self-start rounded-sm text-sm font-medium text-accent-ink underline underline-offset-4"
                  >
                    {item.link.label}
                  </a>
                </Toast.Action>
              ) : null}
            </div>
            <Toast.Close
              aria-label={t('common.dismiss')}
              className="-my-1 -mr-2 inline-flex size-8 shrink-0 items-center justify-center rounded-lg text-ink-muted hover:bg-sunken hover:text-ink"
            >
              <X aria-hidden className="size-4" />
            </Toast.Close>
          </Toast.Root>
        );
      })}
      <Toast.Viewport className="pointer-events-none fixed inset-x-0 top-0 z-[60] mx-auto flex w-full max-w-sm flex-col gap-2 p-4 outline-none md:top-auto md:right-0 md:bottom-0 md:left-auto md:mx-0" />
    </Toast.Provider>
  );
}
