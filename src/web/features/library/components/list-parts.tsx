import { clsx } from 'clsx';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';

/** One choice among a few, as a row of toggle buttons (the pressed one is the current choice). */
export function Pills<V extends string | null>({
  label,
  choices,
  value,
  onChange,
  className,
}: {
  label: string;
  choices: readonly { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
  className?: string;
}) {
  return (
    <div className={clsx('flex flex-wrap gap-1.5', className)} role="group" aria-label={label}>
      {choices.map((choice) => (
        <button
          key={choice.value ?? 'all'}
          type="button"
          aria-pressed={value === choice.value}
          onClick={() => onChange(choice.value)}
          className={clsx(
            'rounded-full border px-3 py-1 text-sm transition-colors duration-150',
            value === choice.value
              ? 'border-accent bg-accent-soft font-medium text-accent-ink'
              : 'border-line bg-surface text-ink-muted hover:border-line-strong hover:text-ink',
          )}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}

/** "Show more" under a paged list, while it has more. */
export function ShowMore({
  list,
}: {
  list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
}) {
  const { t } = useTranslation();
  if (!list.hasNextPage) return null;
  return (
    <div className="mt-4 flex justify-center">
      <Button loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
        {t('library.showMore')}
      </Button>
    </div>
  );
}
