import { ChevronRight, Plus, Sparkles } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import type { AspirationSummary } from '../../../../contracts/vision';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatDate } from '../../../lib/format';
import { AspirationCard } from './aspiration-card';
import { DomainLabel } from './domain';
import { StatusBadge } from './status-badge';

/** The aspirations on the vision page: the active ones as cards, the others a press away, and adding one. */
export function AspirationsSection({
  aspirations,
  timeZone,
  onCreate,
  guideAvailable,
}: {
  aspirations: AspirationSummary[];
  timeZone: string;
  onCreate: () => void;
  guideAvailable: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const current = aspirations.filter((a) => a.status === 'active' || a.status === 'paused');
  // Paused ones follow the active ones; within each, newest first as the server sends them.
  current.sort((a, b) => Number(a.status === 'paused') - Number(b.status === 'paused'));
  const archived = aspirations.filter((a) => a.status === 'achieved' || a.status === 'released');

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <h2 id={headingId} className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
        {t('vision.aspirations.title')}
      </h2>
      <p className="max-w-prose text-sm leading-relaxed text-ink-muted">
        {t('vision.aspirations.explain')}
      </p>
      {current.length === 0 ? (
        <EmptyState
          icon={Sparkles}
          title={t('vision.aspirations.emptyTitle')}
          body={t('vision.aspirations.empty')}
        >
          <div className="flex flex-wrap items-center gap-3">
            <Button
              variant="primary"
              icon={<Plus aria-hidden className="size-4" />}
              onClick={onCreate}
            >
              {t('vision.aspirations.emptyAction')}
            </Button>
            {guideAvailable ? (
              <Link
                to="/welcome"
                className="rounded-sm text-[0.9375rem] font-medium text-accent-ink underline-offset-4 hover:underline"
              >
                {t('vision.aspirations.guide')}
              </Link>
            ) : null}
          </div>
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-4">
          {current.map((aspiration) => (
            <AspirationCard key={aspiration.id} aspiration={aspiration} timeZone={timeZone} />
          ))}
        </div>
      )}
      {archived.length > 0 ? (
        <details className="group mt-2 rounded-xl border border-line">
          <summary className="flex cursor-pointer items-center gap-2 rounded-xl px-4 py-3 text-[0.9375rem] font-medium text-ink marker:content-none hover:bg-sunken">
            <ChevronRight
              aria-hidden
              className="size-4 text-ink-muted transition-transform duration-150 group-open:rotate-90"
            />
            {t('vision.aspirations.archived', { count: archived.length })}
          </summary>
          <ul className="divide-y divide-line border-t border-line">
            {archived.map((aspiration) => (
              <li key={aspiration.id} className="flex flex-col gap-1 px-4 py-3">
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <Link
                    to={`/vision/aspirations/${aspiration.id}`}
                    className="rounded-sm font-medium text-ink underline-offset-4 hover:text-accent-ink hover:underline"
                  >
                    {aspiration.title}
                  </Link>
                  <StatusBadge status={aspiration.status} />
                </div>
                <p className="flex flex-wrap gap-x-3 text-sm text-ink-muted">
                  <DomainLabel domain={aspiration.domain} />
                  <span>{formatDate(aspiration.updatedAt, navigator.language, timeZone)}</span>
                </p>
                {aspiration.statusNote ? (
                  <p className="max-w-prose font-serif text-[0.9375rem] text-ink-muted">
                    {aspiration.statusNote}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
