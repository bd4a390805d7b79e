import { useId } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import type { ProgramWeek } from '../../../../contracts/programs';
import { SectionHeading } from './empty-note';

/**
 * This week in the programs where I hold a seat: each program's prompts and practices of the
 * current week, linked to the program. Shown only when there is something this week.
 */
export function TodayPrograms({ programs }: { programs: readonly ProgramWeek[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const withItems = programs.filter((p) => p.items.length > 0);
  if (withItems.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <SectionHeading id={headingId}>{t('programs.today.title')}</SectionHeading>
      {withItems.map((program) => (
        <div
          key={program.programId}
          className="flex flex-col gap-2 rounded-xl border border-line bg-surface p-4 sm:p-5"
        >
          <Link
            to={`/programs/${program.programId}`}
            className="font-medium text-ink underline-offset-4 hover:underline"
          >
            {program.title}
          </Link>
          <span className="text-sm text-ink-muted">
            {t('programs.today.week', { week: program.week, weeks: program.weeks })}
          </span>
          <ul className="flex flex-col gap-1.5">
            {program.items.map((item) => (
              <li key={item.id} className="text-[0.9375rem] text-ink">
                <span className="text-xs font-medium tracking-wide text-accent uppercase">
                  {t(`programs.curriculum.${item.kind}`)}
                </span>{' '}
                {item.title}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
