import { useTranslation } from '../../../lib/use-translation';
import type { AspirationDetail } from '../../../../contracts/vision';
import { formatDate } from '../../../lib/format';
import { ReadOnlyTitle } from '../../../components/patterns/read-only-title';
import { ReadOnlyLabel } from '../../../components/patterns/read-only-label';
import { ReadOnlyProse } from '../../../components/patterns/read-only-prose';
import { TensionPanel } from './tension-panel';

/** An aspiration read only, as the people it is shared with see it. */
export function AspirationReadView({
  aspiration,
  timeZone,
}: {
  aspiration: AspirationDetail;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const openSteps = aspiration.steps.filter((step) => !step.done);
  const latest = aspiration.assessments[0] ?? null;
  const previous = aspiration.assessments[1] ?? null;
  return (
    <>
      <header className="flex flex-col gap-3">
        <p className="text-sm text-ink-muted">
          {t(`vision.domains.${aspiration.domain}`)} · {t(`vision.status.${aspiration.status}`)}
        </p>
        <ReadOnlyTitle>{aspiration.title}</ReadOnlyTitle>
        <div className="flex flex-col gap-1">
          <ReadOnlyLabel>{t('sharing.item.vision')}</ReadOnlyLabel>
          <ReadOnlyProse>{aspiration.vision}</ReadOnlyProse>
        </div>
      </header>
      <TensionPanel
        title={t('sharing.item.tension')}
        aspiration={aspiration}
        previousLevel={previous?.level ?? null}
        meta={
          latest ? (
            <span>
              {t('sharing.item.lastAssessed', {
                date: formatDate(latest.at, navigator.language, timeZone),
              })}
            </span>
          ) : null
        }
      >
        {latest?.evidence ? (
          <div className="flex flex-col gap-1">
            <p className="text-sm font-medium text-ink">{t('sharing.item.evidence')}</p>
            <p className="max-w-prose font-serif leading-relaxed whitespace-pre-line text-ink">
              {latest.evidence}
            </p>
          </div>
        ) : null}
      </TensionPanel>
      <section className="flex flex-col gap-3">
        <ReadOnlyLabel>{t('sharing.item.steps')}</ReadOnlyLabel>
        {openSteps.length === 0 ? (
          <p className="text-[0.9375rem] text-ink-muted">{t('sharing.item.noSteps')}</p>
        ) : (
          <ul className="flex list-disc flex-col gap-1.5 pl-5 text-ink marker:text-ink-muted">
            {openSteps.map((step) => (
              <li key={step.id} className="break-words">
                {step.text}
              </li>
            ))}
          </ul>
        )}
      </section>
      {aspiration.statusNote ? (
        <section className="flex flex-col gap-2">
          <ReadOnlyLabel>{t('sharing.item.statusNote')}</ReadOnlyLabel>
          <ReadOnlyProse>{aspiration.statusNote}</ReadOnlyProse>
        </section>
      ) : null}
    </>
  );
}
