import {
  createContext,
  lazy,
  Suspense,
  useCallback,
  useContext,
  useState,
  type ReactNode,
} from 'react';
import type { Item } from './toast-list';

// The toasts themselves (Radix Toast) load just after the first screen, not on its path; a toast
// shown before then waits in `items` and appears once they have (issue 16, budget 5).
const ToastList = lazy(() => import('./toast-list').then((m) => ({ default: m.ToastList })));

export interface ToastMessage {
  title: string;
  description?: string;
  tone?: 'success' | 'info';
  /** A link to what was just made, e.g. `{ label: 'Open it', to: '/learning/01H…' }`. */
  link?: { label: string; to: string };
}

type ShowToast = (message: ToastMessage | string) => void;

const ToastContext = createContext<ShowToast | null>(null);

let nextId = 1;

/**
 * Holds the toasts of the whole app; render once, above the router, so toasts survive navigation.
 * `navigate` follows a toast's link inside the app (the router is below, so it is passed in);
 * without it the link loads the page.
 */
export function ToastProvider({
  children,
  navigate,
}: {
  children: ReactNode;
  navigate?: (to: string) => void;
}) {
  const [items, setItems] = useState<Item[]>([]);

  const show = useCallback<ShowToast>((message) => {
    const toast = typeof message === 'string' ? { title: message } : message;
    const id = nextId++;
    // Closed toasts have finished their exit by the time another arrives; drop them then.
    setItems((current) => [...current.filter((item) => item.open), { ...toast, id, open: true }]);
  }, []);

  const close = useCallback((id: number) => {
    setItems((current) =>
      current.map((item) => (item.id === id ? { ...item, open: false } : item)),
    );
  }, []);

  return (
    <ToastContext.Provider value={show}>
      {children}
      <Suspense fallback={null}>
        <ToastList items={items} close={close} navigate={navigate} />
      </Suspense>
    </ToastContext.Provider>
  );
}

/**
 * Shows a short, quiet confirmation, e.g. `toast(t('account.profile.saved'))`. Must be used
 * inside ToastProvider.
 */
export function useToast(): ShowToast {
  const show = useContext(ToastContext);
  if (!show) throw new Error('useToast must be used inside ToastProvider.');
  return show;
}
