import { useTranslation } from '../../../lib/use-translation';
import type { Belief } from '../../../../contracts/beliefs';
import { BeliefEvidence } from './belief-evidence';
import { ReadOnlyTitle } from '../../../components/patterns/read-only-title';

/** A belief read only, as the people it is shared with see it. */
export function BeliefReadView({ belief }: { belief: Belief }) {
  const { t } = useTranslation();
  return (
    <>
      <header className="flex flex-col gap-2">
        <p className="text-sm text-ink-muted">{t(`sharing.item.kinds.${belief.kind}`)}</p>
        <ReadOnlyTitle serif>{belief.statement}</ReadOnlyTitle>
      </header>
      <BeliefEvidence belief={belief} />
    </>
  );
}
