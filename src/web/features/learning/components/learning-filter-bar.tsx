import { useTranslation } from '../../../lib/use-translation';
import {
  LEARNING_KINDS,
  LEARNING_STATUSES,
  type LearningKind,
} from '../../../../contracts/learning';
import { FilterChips } from '../../../components/patterns/filter-chips';
import { SelectField } from '../../../components/ui/select-field';
import type { LearningFilters } from '../api';

/** What the learning list is narrowed to: a chip per status (or all), and a kind to choose. */
export function LearningFilterBar({
  filters,
  onChange,
}: {
  filters: LearningFilters;
  onChange: (filters: LearningFilters) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <FilterChips
        label={t('learning.filters.status')}
        value={filters.status}
        onChange={(status) => onChange({ ...filters, status })}
        options={[
          { value: null, label: t('learning.filters.all') },
          ...LEARNING_STATUSES.map((status) => ({
            value: status,
            label: t(`learning.statuses.${status}`),
          })),
        ]}
      />
      <SelectField
        label={t('learning.filters.kind')}
        value={filters.kind ?? ''}
        onChange={(event) =>
          onChange({ ...filters, kind: (event.target.value || null) as LearningKind | null })
        }
        options={[
          { value: '', label: t('learning.filters.anyKind') },
          ...LEARNING_KINDS.map((kind) => ({ value: kind, label: t(`learning.kinds.${kind}`) })),
        ]}
        className="sm:w-48"
      />
    </div>
  );
}
