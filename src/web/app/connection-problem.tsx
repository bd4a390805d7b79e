import { CloudOff } from 'lucide-react';
import { useTranslation } from '../lib/use-translation';
import { CenteredLayout } from '../components/layouts/centered-layout';
import { Button } from '../components/ui/button';
import { useDocumentTitle } from '../lib/use-document-title';

/** Shown when Praxis cannot tell whether anyone is signed in, because the server is unreachable. */
export function ConnectionProblem({
  onRetry,
  retrying,
}: {
  onRetry: () => void;
  retrying: boolean;
}) {
  const { t } = useTranslation();
  useDocumentTitle(t('connection.title'));
  return (
    <CenteredLayout>
      <div className="flex flex-col items-start gap-4">
        <span className="flex size-10 items-center justify-center rounded-full bg-sunken text-ink-muted">
          <CloudOff aria-hidden className="size-5" />
        </span>
        <h1 className="text-2xl font-semibold tracking-tight text-ink">{t('connection.title')}</h1>
        <p className="text-[0.9375rem] text-ink-muted">{t('connection.body')}</p>
        <Button variant="primary" loading={retrying} onClick={onRetry}>
          {t('common.tryAgain')}
        </Button>
      </div>
    </CenteredLayout>
  );
}
