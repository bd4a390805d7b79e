import './styles.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createAppRouter } from './app/router';
import { readPagesInto } from './app/routes/page';
import { ToastProvider } from './components/ui/toast';
import { loadAllWords, setUpI18n } from './lib/i18n';
import { createQueryClient } from './lib/query-client';
import { watchTheme } from './lib/theme';

setUpI18n();
watchTheme();

const queryClient = createQueryClient();
readPagesInto(queryClient);
const router = createAppRouter();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ToastProvider navigate={(to) => void router.navigate(to)}>
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>
  </StrictMode>,
);

// The other pages' words come once the first page is drawn and the browser is idle, so a
// menu or the next page does not wait for them; a page opened first waits for them itself.
window.addEventListener('load', () => {
  const later = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  later(() => void loadAllWords().catch(() => undefined));
});
