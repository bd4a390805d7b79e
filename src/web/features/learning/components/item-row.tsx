import { useTranslation } from '../../../lib/use-translation';
import type { LearningItem } from '../../../../contracts/learning';
import { StretchedLink } from '../../../components/patterns/stretched-link';
import { formatHours } from '../learning-words';
import { KindIcon } from './kind-icon';
import { StatusBadge } from './status-badge';

/** One item of the learning log: its kind, title (a link over the whole row), status, where it comes from, time given and the aspirations it serves. */
export function ItemRow({ item }: { item: LearningItem }) {
  const { t } = useTranslation();
  const locale = navigator.language;
  return (
    <li className="relative flex gap-3 px-4 py-4 transition-colors duration-150 hover:bg-sunken/50 sm:gap-4 sm:px-5">
      <span className="mt-0.5 flex size-9 shrink-0 items-center justify-center rounded-full bg-sunken text-ink-muted">
        <KindIcon kind={item.kind} className="size-4.5" />
      </span>
      <div className="flex min-w-0 flex-1 flex-col gap-1.5">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h3 className="min-w-0 text-base font-semibold break-words text-ink">
            <StretchedLink to={`/learning/${item.id}`}>{item.title}</StretchedLink>
          </h3>
          <StatusBadge status={item.status} />
        </div>
        <p className="text-sm break-words text-ink-muted">
          {[
            t(`learning.kinds.${item.kind}`),
            item.source,
            item.totalHours > 0
              ? t('learning.hours', {
                  count: item.totalHours,
                  hours: formatHours(item.totalHours, locale),
                })
              : t('learning.noHours'),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {item.aspirations.length > 0 ? (
          <p className="flex flex-wrap items-center gap-1.5 text-sm">
            <span className="text-ink-muted">{t('learning.serves')}</span>
            {item.aspirations.map((aspiration) => (
              <span
                key={aspiration.id}
                className="rounded-full bg-accent-soft px-2 py-0.5 break-words text-accent-ink"
              >
                {aspiration.title}
              </span>
            ))}
          </p>
        ) : null}
      </div>
    </li>
  );
}
