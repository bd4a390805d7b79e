import { useTranslation } from 'react-i18next';
import type { AspirationDetail } from '../../../../contracts/vision';
import { GapLabel, TensionBand } from '../../../components/ui/tension-band';
import { formatDate } from '../../../lib/format';
import { Title } from './title';
import { Label } from './label';
import { Prose } from './prose';

/** A shared aspiration, read only. */
export function AspirationView({
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
        <Title>{aspiration.title}</Title>
        <div className="flex flex-col gap-1">
          <Label>{t('sharing.item.vision')}</Label>
          <Prose>{aspiration.vision}</Prose>
        </div>
      </header>
      <section className="flex flex-col gap-5 rounded-xl border border-line bg-surface p-5 sm:p-7">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h2 className="text-lg font-semibold tracking-tight text-ink">
            {t('sharing.item.tension')}
          </h2>
          <p className="flex flex-wrap gap-x-3 text-sm text-ink-muted">
            {aspiration.tension !== null ? <GapLabel tension={aspiration.tension} /> : null}
            {latest ? (
              <span>
                {t('sharing.item.lastAssessed', {
                  date: formatDate(latest.at, navigator.language, timeZone),
                })}
              </span>
            ) : null}
          </p>
        </div>
        <TensionBand
          size="lg"
          visionLevel={aspiration.visionLevel}
          realityLevel={aspiration.realityLevel}
          previousRealityLevel={previous?.level ?? null}
        />
        {latest?.evidence ? (
          <div className="flex flex-col gap-1">
            <p className="text-sm font-medium text-ink">{t('sharing.item.evidence')}</p>
            <p className="max-w-prose font-serif leading-relaxed whitespace-pre-line text-ink">
              {latest.evidence}
            </p>
          </div>
        ) : null}
      </section>
      <section className="flex flex-col gap-3">
        <Label>{t('sharing.item.steps')}</Label>
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
          <Label>{t('sharing.item.statusNote')}</Label>
          <Prose>{aspiration.statusNote}</Prose>
        </section>
      ) : null}
    </>
  );
}
