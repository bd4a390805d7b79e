import { lazy, Suspense, useLayoutEffect, useState } from 'react';
import { useTranslation } from '../lib/use-translation';
import { useNavigate } from 'react-router';
import { JOURNAL_SEARCH_ID } from '../lib/shortcuts';

// The dialog (Radix) is fetched the first time `?` is pressed, not with the first page.
const Dialog = lazy(() => import('../components/ui/dialog').then((m) => ({ default: m.Dialog })));

/** True while the person types somewhere: shortcuts then stay out of the way. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('[role="dialog"]') !== null
  );
}

const SHORTCUTS = [
  ['n', 'search.shortcuts.new'],
  ['/', 'search.shortcuts.search'],
  ['?', 'search.shortcuts.help'],
] as const;

/**
 * The keyboard shortcuts of every signed-in page, outside text fields and dialogs: `n` writes a
 * new reflection, `/` goes to the Journal's search, `?` lists them in a dialog.
 */
export function KeyboardShortcuts() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);

  // Listening from the moment the page is drawn: a layout effect runs before the browser paints,
  // where an effect may run a frame later (Preact) and miss a key pressed at once.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (typing(event.target)) return;
      if (event.key === 'n') {
        event.preventDefault();
        void navigate('/journal/new');
      } else if (event.key === '/') {
        event.preventDefault();
        const field = document.getElementById(JOURNAL_SEARCH_ID);
        if (field) field.focus();
        else void navigate('/journal', { state: { focusSearch: true } });
      } else if (event.key === '?') {
        event.preventDefault();
        setUsed(true);
        setOpen(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navigate]);

  if (!used) return null;
  return (
    <Suspense fallback={null}>
      <Dialog open={open} onOpenChange={setOpen} title={t('search.shortcuts.title')}>
        <p className="text-ink-muted">{t('search.shortcuts.lead')}</p>
        <dl className="grid grid-cols-[auto_1fr] items-baseline gap-x-4 gap-y-2">
          {SHORTCUTS.map(([key, label]) => (
            <div key={key} className="contents">
              <dt>
                <kbd className="rounded-md border border-line-strong bg-sunken px-2 py-0.5 font-mono text-sm text-ink">
                  {key}
                </kbd>
              </dt>
              <dd className="text-ink">{t(label)}</dd>
            </div>
          ))}
        </dl>
      </Dialog>
    </Suspense>
  );
}
