import { clsx } from 'clsx';
import { useId, useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, fieldControlClasses, FieldMessages } from './field-messages';

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
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [revealed, setRevealed] = useState(false);
  const inputType = revealable && revealed ? 'text' : type;
  return (
    <div className={clsx('flex flex-col gap-1.5', className)}>
      <label htmlFor={id} className="text-sm font-medium text-ink">
        {label}
      </label>
      <div className="relative">
        <input
          id={id}
          type={inputType}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy([
            [hintId, Boolean(hint)],
            [errorId, Boolean(error)],
          ])}
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
            aria-controls={id}
            onClick={() => setRevealed((shown) => !shown)}
            className="absolute inset-y-1 right-1 rounded-md px-3 text-sm font-medium text-accent-ink hover:bg-sunken"
          >
            {revealed ? t('field.hide') : t('field.show')}
          </button>
        ) : null}
      </div>
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
