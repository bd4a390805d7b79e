import { useId } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import { ItemRow, ItemRows } from '../../../components/ui/item-rows';
import { useProgramsWithEntry } from '../api';
import { useProgramWords } from './program-words';

/**
 * On a library entry's page: the organization's programs whose curriculum holds it, each linking
 * to its program (the program's curriculum links back). Nothing while none does, or while the
 * list cannot be read — the entry's page stands without it.
 */
export function EntryPrograms({ orgId, entryId }: { orgId: string; entryId: string }) {
  const { t } = useTranslation();
  const words = useProgramWords();
  const headingId = useId();
  const programs = useProgramsWithEntry(orgId, entryId);
  const list = programs.data?.items ?? [];
  if (list.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h2 id={headingId} className="text-xl font-semibold tracking-tight text-ink">
        {t('programs.inCurricula.title')}
      </h2>
      <p className="max-w-prose text-[0.9375rem] text-ink-muted">
        {t('programs.inCurricula.lead')}
      </p>
      <ItemRows>
        {list.map((p) => (
          <ItemRow
            key={p.id}
            title={
              <Link
                to={`/programs/${encodeURIComponent(p.id)}`}
                className="font-medium break-words text-ink underline-offset-4 hover:underline"
              >
                {p.title}
              </Link>
            }
            detail={words.dates(p)}
            actions={null}
          />
        ))}
      </ItemRows>
    </section>
  );
}
