import { useTranslation } from '../../../lib/use-translation';
import type { Consent } from '../../../../contracts/dashboard';
import { Button } from '../../../components/ui/button';
import { useSetConsent } from '../api';

/**
 * The plain question, asked once, or the switch to stop or start later: both set my own choice
 * for this organization and nothing else.
 */
export function ConsentChoice({ consent }: { consent: Consent }) {
  const { t } = useTranslation();
  const choose = useSetConsent(consent.orgId);
  if (!consent.asked) {
    return (
      <div className="flex flex-wrap gap-3">
        <Button variant="primary" loading={choose.isPending} onClick={() => choose.mutate(true)}>
          {t('statistics.consent.yes')}
        </Button>
        <Button loading={choose.isPending} onClick={() => choose.mutate(false)}>
          {t('statistics.consent.no')}
        </Button>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <p className="text-ink" role="status">
        {consent.contributeStatistics
          ? t('statistics.consent.isOn')
          : t('statistics.consent.isOff')}
      </p>
      <div>
        <Button
          loading={choose.isPending}
          onClick={() => choose.mutate(!consent.contributeStatistics)}
        >
          {consent.contributeStatistics
            ? t('statistics.consent.stop')
            : t('statistics.consent.start')}
        </Button>
      </div>
    </div>
  );
}
