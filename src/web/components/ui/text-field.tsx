import { clsx } from 'clsx';
import { useState, type ComponentProps } from 'react';
import { useTranslation } from '../../lib/use-translation';
import { FieldFrame } from './field-frame';
import { fieldControlClasses } from './field-messages';

type TextFieldProps = Omit<ComponentProps<'input'>, 'id'> & {
  label: string;
  hint?: string;
  error?: string;
  /** For passwords: a Show/Hide button that reveals what was typed. */
  revealable?: boolean;
};

/** A labelled text input; its hint and error are announced with it (aria-describedby). */
export function TextField({
  label,
  hint,
  error,
  revealable = false,
  type = 'text',
  className,
  ...inputProps
}: TextFieldProps) {
  const { t } = useTranslation();
  const [revealed, setRevealed] = useState(false);
  const inputType = revealable && revealed ? 'text' : type;
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <div className="relative">
          <input
            {...control}
            type={inputType}
            className={clsx(
              fieldControlClasses,
              'h-10',
              revealable && 'pr-18',
              error ? 'border-danger' : 'border-line-strong',
            )}
            {...inputProps}
          />
          {revealable ? (
            <button
              type="button"
              aria-controls={control.id}
              onClick={() => setRevealed((shown) => !shown)}
              className="absolute inset-y-1 right-1 rounded-md px-3 text-sm font-medium text-accent-ink hover:bg-sunken"
            >
              {revealed ? t('field.hide') : t('field.show')}
            </button>
          ) : null}
        </div>
      )}
    </FieldFrame>
  );
}
