import { useTranslation } from '../../../lib/use-translation';
import { FormAlert } from '../../../components/ui/form-alert';
import { useAuthConfig } from '../api';

/** Says what needs mail when this Praxis sends none; nothing while unknown or when it does. */
export function MailOffNotice() {
  const { t } = useTranslation();
  const config = useAuthConfig();
  if (config.data?.mail !== false) return null;
  return <FormAlert tone="info">{t('mail.offNotice')}</FormAlert>;
}
