import { Check, Pencil } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { Value } from '../../../../contracts/vision';
import { Button } from '../../../components/ui/button';
import { ValuesEditor } from './values-editor';

/**
 * Values as ranked chips. "Edit values" turns them into a list where each can be renamed,
 * removed, or moved up and down with buttons (no dragging needed), and new ones added.
 */
export function ValuesSection({ values }: { values: Value[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  // With no values yet, the list to add them is the whole section, and stays open while they
  // are added.
  const [editing, setEditing] = useState(values.length === 0);
  const showEditor = editing || values.length === 0;

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <div className="flex items-center justify-between gap-4">
        <h2 id={headingId} className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
          {t('vision.values.title')}
        </h2>
        {values.length > 0 ? (
          <Button
            size="sm"
            variant="ghost"
            icon={
              editing ? (
                <Check aria-hidden className="size-4" />
              ) : (
                <Pencil aria-hidden className="size-4" />
              )
            }
            aria-expanded={editing}
            onClick={() => setEditing((on) => !on)}
          >
            {editing ? t('vision.values.done') : t('vision.values.edit')}
          </Button>
        ) : null}
      </div>
      <p className="max-w-prose text-sm text-ink-muted">{t('vision.values.explain')}</p>
      {showEditor ? (
        <ValuesEditor values={values} />
      ) : (
        <ol className="flex flex-wrap gap-2">
          {values.map((value) => (
            <li
              key={value.id}
              className="flex max-w-full items-start gap-2.5 rounded-xl border border-line bg-surface py-2 pr-4 pl-2.5 sm:max-w-xs"
            >
              <span className="mt-px flex size-6 shrink-0 items-center justify-center rounded-full bg-accent-soft text-xs font-semibold text-accent-ink tabular-nums">
                <span className="sr-only">{t('vision.values.rank')} </span>
                {value.rank}
              </span>
              <span className="flex min-w-0 flex-col">
                <span className="font-medium break-words text-ink">{value.name}</span>
                {value.description ? (
                  <span className="text-sm break-words text-ink-muted">{value.description}</span>
                ) : null}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
