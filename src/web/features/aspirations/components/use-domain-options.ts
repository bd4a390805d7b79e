import { useTranslation } from '../../../lib/use-translation';
import { LIFE_DOMAINS } from '../../../../contracts/vision-limits';
import type { SelectOption } from '../../../components/ui/select-field';

/** The life domains as options for a select, in the product's order. */
export function useDomainOptions(): SelectOption[] {
  const { t } = useTranslation();
  return LIFE_DOMAINS.map((domain) => ({ value: domain, label: t(`vision.domains.${domain}`) }));
}
