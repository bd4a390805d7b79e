import { useTranslation } from '../../../lib/use-translation';
import type { ImportSummary } from '../../../../contracts/portability';
import { FormAlert } from '../../../components/ui/form-alert';

/** Where an import stands: a progress bar while it runs, then what it made, skipped and left out. */
export function ImportProgress({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  const percent = Math.round(summary.progress * 100);
  if (summary.status === 'failed') {
    return (
      <FormAlert>
        <span className="flex flex-col gap-1">
          <span className="font-medium">
            {t('portability.import.failedFile', { file: summary.fileName })}
          </span>
          {summary.error ? <span>{summary.error}</span> : null}
        </span>
      </FormAlert>
    );
  }
  if (summary.status !== 'done') {
    return (
      <div className="flex flex-col gap-2">
        <p className="text-sm text-ink-muted">
          {t('portability.import.running', { file: summary.fileName })}
        </p>
        <div
          role="progressbar"
          aria-label={t('portability.import.progress')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          className="h-2 w-full overflow-hidden rounded-full bg-sunken"
        >
          <div
            className="h-full rounded-full bg-accent transition-all"
            style={{ width: `${percent}%` }}
          />
        </div>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-3" aria-live="polite">
      <p className="font-medium text-ink">
        {t('portability.import.done', { file: summary.fileName })}
      </p>
      <dl className="grid grid-cols-3 gap-3 text-center">
        {(['created', 'skipped', 'rejectedCount'] as const).map((key) => (
          <div key={key} className="rounded-lg border border-line p-3">
            <dt className="text-sm text-ink-muted">{t(`portability.import.${key}`)}</dt>
            <dd className="text-2xl font-semibold text-ink">{summary[key]}</dd>
          </div>
        ))}
      </dl>
      {summary.rejected.length > 0 ? (
        <details>
          <summary className="cursor-pointer text-sm text-ink-muted">
            {t('portability.import.why', { count: summary.rejectedCount })}
          </summary>
          <ul className="mt-2 flex flex-col gap-1 text-sm">
            {summary.rejected.map((r, index) => (
              <li key={index}>
                <span className="font-medium text-ink">{r.item}</span>
                <span className="text-ink-muted"> — {r.reason}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
