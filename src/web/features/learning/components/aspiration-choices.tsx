import { clsx } from 'clsx';
import { Check } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { MAX_LINKED_ASPIRATIONS } from '../../../../contracts/learning';

/** The aspirations a learning item can serve, as checkable chips in a fieldset. */
export function AspirationChoices({
  options,
  chosen,
  onChange,
  error,
}: {
  options: readonly { id: string; title: string }[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset
      aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      className="flex flex-col gap-2"
    >
      <legend className="mb-1 text-sm font-medium text-ink">
        {t('learning.form.aspirations')}
      </legend>
      <p id={`${id}-hint`} className="-mt-1 text-sm text-ink-muted">
        {t('learning.form.aspirationsHint')}
      </p>
      <ul className="flex flex-wrap gap-2">
        {options.map((option, index) => {
          const checked = chosen.includes(option.id);
          return (
            <li key={option.id}>
              <label
                className={clsx(
                  'relative inline-flex cursor-pointer items-center gap-1.5 rounded-full border px-3 py-1.5 text-sm transition-colors duration-150',
                  'has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
                  checked
                    ? 'border-accent bg-accent-soft font-medium text-accent-ink'
                    : 'border-line-strong bg-surface text-ink hover:bg-sunken',
                )}
              >
                <input
                  type="checkbox"
                  name={index === 0 ? 'aspirationIds' : undefined}
                  checked={checked}
                  disabled={!checked && chosen.length >= MAX_LINKED_ASPIRATIONS}
                  onChange={() =>
                    onChange(
                      checked ? chosen.filter((c) => c !== option.id) : [...chosen, option.id],
                    )
                  }
                  // Transparent over the chip: the whole chip is the checkbox's own hit area.
                  className="absolute inset-0 size-full cursor-pointer appearance-none rounded-full opacity-0 disabled:cursor-not-allowed"
                />
                {checked ? <Check aria-hidden className="size-3.5" /> : null}
                <span className="break-words">{option.title}</span>
              </label>
            </li>
          );
        })}
      </ul>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
