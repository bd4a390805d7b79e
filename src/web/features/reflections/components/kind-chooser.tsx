import { clsx } from 'clsx';
import { useId } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { REFLECTION_KINDS, type ReflectionKind } from '../../../../contracts/reflections';

/** The five kinds of reflection, each with one plain sentence. */
export function KindChooser({
  value,
  onChange,
}: {
  value: ReflectionKind;
  onChange: (kind: ReflectionKind) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium text-ink">{t('journal.editor.kind')}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {REFLECTION_KINDS.map((kind) => (
          <div key={kind} className="relative">
            <input
              id={`${id}-${kind}`}
              type="radio"
              name="kind"
              value={kind}
              checked={value === kind}
              onChange={() => onChange(kind)}
              aria-describedby={`${id}-${kind}-help`}
              className="peer absolute inset-0 z-10 size-full cursor-pointer appearance-none rounded-lg opacity-0"
            />
            <div
              className={clsx(
                'flex h-full flex-col gap-0.5 rounded-lg border px-3.5 py-2.5 transition-colors duration-150',
                'border-line bg-surface peer-hover:border-line-strong',
                'peer-checked:border-accent peer-checked:bg-accent-soft',
                'peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-focus',
              )}
            >
              <label htmlFor={`${id}-${kind}`} className="text-[0.9375rem] font-medium text-ink">
                {t(`journal.kinds.${kind}`)}
              </label>
              <span id={`${id}-${kind}-help`} className="text-sm text-ink-muted">
                {t(`journal.kindHelp.${kind}`)}
              </span>
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
