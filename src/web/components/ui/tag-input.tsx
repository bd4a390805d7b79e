import { X } from 'lucide-react';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../lib/use-translation';
import { Tag } from '../../../contracts/reflections';
import { fieldControlClasses } from './field-messages';

const MAX_TAGS = 12;

/**
 * Tags as chips: type one and press Enter or a comma to add it (lower case, letters, numbers,
 * spaces, - or _), Backspace in the empty box removes the last, each chip has a remove button.
 */
export function TagInput({
  label,
  tags,
  onChange,
}: {
  label: string;
  tags: readonly string[];
  onChange: (tags: string[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = () => {
    if (!text.trim()) return;
    const parsed = Tag.safeParse(text);
    if (!parsed.success) {
      setError(t('tags.invalid'));
      return;
    }
    if (tags.length >= MAX_TAGS) {
      setError(t('tags.tooMany', { count: MAX_TAGS }));
      return;
    }
    if (!tags.includes(parsed.data)) onChange([...tags, parsed.data]);
    setText('');
    setError(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };

  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-ink">
        {label}
      </label>
      {tags.length > 0 ? (
        <ul aria-label={label} className="flex flex-wrap gap-1.5">
          {tags.map((tag) => (
            <li
              key={tag}
              className="inline-flex items-center gap-1 rounded-full border border-line bg-sunken py-0.5 pr-1 pl-3 text-sm text-ink"
            >
              {tag}
              <button
                type="button"
                aria-label={t('tags.remove', { tag })}
                onClick={() => onChange(tags.filter((other) => other !== tag))}
                className="inline-flex size-6 items-center justify-center rounded-full text-ink-muted hover:bg-surface hover:text-ink"
              >
                <X aria-hidden className="size-3.5" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        id={id}
        value={text}
        maxLength={40}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          setText(event.target.value.replace(',', ''));
          setError(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={add}
        className={`${fieldControlClasses} h-10 ${error ? 'border-danger' : 'border-line-strong'}`}
      />
      <p id={`${id}-hint`} className="text-sm text-ink-muted">
        {t('tags.hint')}
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
