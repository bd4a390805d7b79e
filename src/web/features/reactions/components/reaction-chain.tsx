import { ArrowRight } from 'lucide-react';
import { useTranslation } from '../../../lib/use-translation';
import { CHAIN } from '../reaction-words';

/** Trigger → emotion → automatic reaction → chosen response → outcome, in small type. */
export function ReactionChain() {
  const { t } = useTranslation();
  return (
    <ol
      aria-label={t('reactions.chain.label')}
      className="flex flex-wrap items-center gap-x-1.5 gap-y-2 text-sm"
    >
      {CHAIN.map((link, index) => (
        <li key={link} className="flex items-center gap-1.5">
          <span
            className={
              link === 'chosen'
                ? 'rounded-full bg-accent-soft px-2.5 py-0.5 font-medium text-accent-ink'
                : 'rounded-full bg-sunken px-2.5 py-0.5 text-ink'
            }
          >
            {t(`reactions.chain.${link}`)}
          </span>
          {index < CHAIN.length - 1 ? (
            <ArrowRight aria-hidden className="size-3.5 text-ink-muted" />
          ) : null}
        </li>
      ))}
    </ol>
  );
}
