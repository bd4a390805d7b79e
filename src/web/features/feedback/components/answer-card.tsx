import type { ReactNode } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { FeedbackAnswer } from '../../../../contracts/feedback';

const SBI = ['situation', 'behavior', 'impact', 'suggestion'] as const;

export function AnswerCard({
  answer,
  date,
  children,
}: {
  answer: FeedbackAnswer;
  date: (iso: string) => string;
  /** What can be done with the answer, below it. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const who = answer.giverName ?? t('feedback.request.anonymous');
  return (
    <article
      aria-label={who}
      className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-5 sm:p-6"
    >
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 className="font-semibold break-all text-ink">{who}</h3>
        {answer.answeredAt ? (
          <p className="text-sm text-ink-muted">
            {answer.via ? `${t(`feedback.request.via.${answer.via}`)} · ` : ''}
            {date(answer.answeredAt)}
          </p>
        ) : null}
      </header>
      <dl className="flex flex-col gap-3">
        {SBI.filter((part) => answer[part].trim()).map((part) => (
          <div key={part} className="flex flex-col gap-0.5">
            <dt className="text-sm font-medium text-ink-muted">{t(`feedback.sbi.${part}`)}</dt>
            <dd className="max-w-prose font-serif leading-relaxed whitespace-pre-line break-words text-ink">
              {answer[part]}
            </dd>
          </div>
        ))}
      </dl>
      {children}
    </article>
  );
}
