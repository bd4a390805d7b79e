import { useTranslation } from '../../../lib/use-translation';
import type { Program, RosterEntry } from '../../../../contracts/programs';
import { ShowMore } from '../../../components/patterns/show-more';
import { Card } from '../../../components/ui/card';
import { ItemRow, ItemRows } from '../../../components/ui/item-rows';
import { LoadError } from '../../../components/ui/load-error';
import { useRoster } from '../api';

/**
 * Who holds a seat and who waits, by name and in order — people chose to enroll, which is not
 * personal content. Nothing else about them is here, or anywhere in a program.
 */
export function RosterSection({ program }: { program: Program }) {
  const { t } = useTranslation();
  const enrolled = useRoster(program.id, 'enrolled', true);
  const waitlisted = useRoster(program.id, 'waitlisted', true);
  const people = (query: typeof enrolled) => query.data?.pages.flatMap((p) => p.items) ?? [];
  const list = (
    heading: string,
    query: typeof enrolled,
    empty: string,
    detail: (r: RosterEntry) => string,
  ) => (
    <section className="flex flex-col gap-3" aria-label={heading}>
      <h3 className="font-semibold text-ink">{heading}</h3>
      {query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : people(query).length === 0 ? (
        <p className="text-ink-muted">{empty}</p>
      ) : (
        <>
          <ItemRows>
            {people(query).map((r) => (
              <ItemRow
                key={r.id}
                title={<span className="font-medium text-ink">{r.person.name}</span>}
                detail={detail(r)}
                actions={null}
              />
            ))}
          </ItemRows>
          <ShowMore list={query}>{t('programs.showMore')}</ShowMore>
        </>
      )}
    </section>
  );
  return (
    <Card title={t('programs.roster.title')} description={t('programs.roster.lead')}>
      <div className="flex flex-col gap-6">
        {list(
          t('programs.roster.enrolled', { count: program.enrolledCount, seats: program.seats }),
          enrolled,
          t('programs.roster.noneEnrolled'),
          (r) => t('programs.roster.seat', { position: r.position }),
        )}
        {list(
          t('programs.roster.waitlist', { count: program.waitlistCount }),
          waitlisted,
          t('programs.roster.noneWaiting'),
          (r) => t('programs.roster.inLine', { position: r.position }),
        )}
      </div>
    </Card>
  );
}
