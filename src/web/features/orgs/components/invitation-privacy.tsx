import { ShieldCheck } from 'lucide-react';
import { useTranslation } from '../../../lib/use-translation';

/** What joining an organization shares, and what it does not. */
export function Privacy() {
  const { t } = useTranslation();
  return (
    <p className="flex items-start gap-2.5 text-sm text-ink-muted">
      <ShieldCheck aria-hidden className="mt-0.5 size-4 shrink-0 text-accent" />
      {t('orgs.invitation.privacy')}
    </p>
  );
}
