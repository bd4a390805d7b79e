import { ChevronRight, X } from 'lucide-react';
import { useTranslation } from '../../../lib/use-translation';
import { EMOTIONS } from '../../../../core/emotions';
import { REFLECTION_KINDS } from '../../../../contracts/reflections';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import type { JournalFilters } from '../api';

/** The Journal's filters (dates, kind, emotion, tag) folded in a small disclosure that counts the active ones, with "Clear". */
export function JournalFilterPanel({
  filters,
  onChange,
  onClear,
}: {
  filters: JournalFilters;
  onChange: (patch: Partial<JournalFilters>) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const active = (['from', 'to', 'kind', 'tag', 'emotion'] as const).filter(
    (name) => filters[name] !== '',
  ).length;
  return (
    <details className="group rounded-xl border border-line bg-surface">
      <summary className="flex cursor-pointer items-center gap-2 rounded-xl px-4 py-2.5 text-[0.9375rem] font-medium text-ink marker:content-none hover:bg-sunken">
        <ChevronRight
          aria-hidden
          className="size-4 text-ink-muted transition-transform duration-150 group-open:rotate-90 motion-reduce:transition-none"
        />
        {active > 0 ? t('journal.filters.active', { count: active }) : t('journal.filters.title')}
      </summary>
      <div className="grid gap-4 border-t border-line p-4 sm:grid-cols-2">
        <TextField
          label={t('journal.filters.from')}
          type="date"
          value={filters.from}
          max={filters.to || undefined}
          onChange={(event) => onChange({ from: event.target.value })}
        />
        <TextField
          label={t('journal.filters.to')}
          type="date"
          value={filters.to}
          min={filters.from || undefined}
          onChange={(event) => onChange({ to: event.target.value })}
        />
        <SelectField
          label={t('journal.filters.kind')}
          value={filters.kind}
          onChange={(event) => onChange({ kind: event.target.value as JournalFilters['kind'] })}
          options={[
            { value: '', label: t('journal.filters.any') },
            ...REFLECTION_KINDS.map((kind) => ({ value: kind, label: t(`journal.kinds.${kind}`) })),
          ]}
        />
        <SelectField
          label={t('journal.filters.emotion')}
          value={filters.emotion}
          onChange={(event) => onChange({ emotion: event.target.value })}
          options={[
            { value: '', label: t('journal.filters.any') },
            ...EMOTIONS.map((word) => ({ value: word, label: t(`emotions.${word}`) })).sort(
              (a, b) => a.label.localeCompare(b.label),
            ),
          ]}
        />
        <TextField
          label={t('journal.filters.tag')}
          value={filters.tag}
          maxLength={40}
          onChange={(event) => onChange({ tag: event.target.value.toLowerCase() })}
        />
        <div className="flex items-end">
          <Button
            variant="ghost"
            icon={<X aria-hidden className="size-4" />}
            disabled={active === 0 && !filters.q}
            onClick={onClear}
          >
            {t('journal.filters.clear')}
          </Button>
        </div>
      </div>
    </details>
  );
}
