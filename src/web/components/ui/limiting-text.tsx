import { BookOpenCheck, Lightbulb, Search } from 'lucide-react';
import { useTranslation } from '../../lib/use-translation';
import { Link } from 'react-router';
import type { Reflection } from '../../../contracts/reflections';

export type Finding = Reflection['limitingLanguage'][number];

/** The findings in text order, without overlaps (the first of two overlapping ones wins). */
export function orderedFindings(findings: readonly Finding[], length: number): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const kept: Finding[] = [];
  let end = 0;
  for (const finding of sorted) {
    if (finding.start < end || finding.end > length || finding.end <= finding.start) continue;
    kept.push(finding);
    end = finding.end;
  }
  return kept;
}

/** The classes of a gently marked phrase (also used inside rendered Markdown, see styles.css). */
export const limitingMarkClasses =
  'rounded-sm bg-accent-soft px-0.5 text-ink underline decoration-accent decoration-dotted underline-offset-4';

/**
 * A reflection's text with its limiting language gently marked, and one line under it for each
 * phrase saying what kind of belief it may carry. An invitation to look, never a correction.
 */
export function LimitingText({
  body,
  findings,
  onExamine,
}: {
  body: string;
  findings: readonly Finding[];
  onExamine?: (finding: Finding) => void;
}) {
  const marks = orderedFindings(findings, body.length);
  const parts: { text: string; finding: Finding | null }[] = [];
  let at = 0;
  for (const finding of marks) {
    if (finding.start > at) parts.push({ text: body.slice(at, finding.start), finding: null });
    parts.push({ text: body.slice(finding.start, finding.end), finding });
    at = finding.end;
  }
  if (at < body.length) parts.push({ text: body.slice(at), finding: null });

  return (
    <div className="flex flex-col gap-3">
      <p className="max-w-prose font-serif text-[1.0625rem] leading-relaxed break-words whitespace-pre-wrap text-ink">
        {parts.map((part, index) =>
          part.finding ? (
            <mark key={index} className={limitingMarkClasses}>
              {part.text}
            </mark>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </p>
      <LimitingNote findings={marks} onExamine={onExamine} />
    </div>
  );
}

/**
 * The quiet note under a text with limiting language: one line per phrase saying what kind of
 * belief it may carry, each with an "Examine this belief" action when `onExamine` is given — or,
 * when `examinedAt` gives a phrase the address of the belief it was already examined as, a link
 * to that belief instead.
 */
export function LimitingNote({
  findings,
  onExamine,
  examinedAt,
}: {
  findings: readonly Finding[];
  onExamine?: (finding: Finding) => void;
  examinedAt?: (finding: Finding) => string | null;
}) {
  const { t } = useTranslation();
  if (findings.length === 0) return null;
  return (
    <div className="flex items-start gap-2.5 rounded-lg bg-sunken px-3.5 py-3 text-sm text-ink-muted">
      <Lightbulb aria-hidden className="mt-0.5 size-4 shrink-0 text-accent-ink" />
      <div className="flex min-w-0 flex-col gap-1">
        <p>{t('today.prompt.limitingIntro')}</p>
        <ul className="flex flex-col gap-2">
          {findings.map((finding) => (
            <li
              key={finding.start}
              className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 text-ink"
            >
              <span className="flex min-w-0 flex-col gap-0.5">
                <span>{t(`today.prompt.limiting.${finding.kind}`, { text: finding.text })}</span>
                <span className="text-xs text-ink-muted">
                  {t('language.why', { why: finding.why })}
                </span>
              </span>
              {examinedAt?.(finding) ? (
                <Link
                  to={examinedAt(finding) ?? ''}
                  className="inline-flex shrink-0 items-center gap-1.5 rounded-sm font-medium text-accent-ink underline-offset-4 hover:underline"
                >
                  <BookOpenCheck aria-hidden className="size-3.5" />
                  {t('limiting.examined')}
                  <span className="sr-only">
                    {t('limiting.examineWhich', { text: finding.text })}
                  </span>
                </Link>
              ) : onExamine ? (
                <button
                  type="button"
                  onClick={() => onExamine(finding)}
                  className="inline-flex shrink-0 items-center gap-1.5 rounded-sm font-medium text-accent-ink underline-offset-4 hover:underline"
                >
                  <Search aria-hidden className="size-3.5" />
                  {t('limiting.examine')}
                  <span className="sr-only">
                    {t('limiting.examineWhich', { text: finding.text })}
                  </span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
