import { useTranslation } from '../../../lib/use-translation';
import { SelectField } from '../../../components/ui/select-field';
import { PERIOD_MONTHS, type PeriodMonths } from '../api';

/**
 * The one period picker of the anonymous dashboards (the organization's and a team's): the last
 * 3, 6 or 12 months.
 */
export function PeriodPicker({
  months,
  onMonths,
}: {
  months: PeriodMonths;
  onMonths: (months: PeriodMonths) => void;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('statistics.dashboard.range')}
      value={String(months)}
      onChange={(event) => onMonths(Number(event.target.value) as PeriodMonths)}
      options={PERIOD_MONTHS.map((m) => ({
        value: String(m),
        label: t('statistics.dashboard.months', { count: m }),
      }))}
      className="w-full sm:w-64"
    />
  );
}
