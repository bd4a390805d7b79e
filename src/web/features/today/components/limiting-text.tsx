import { Lightbulb } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Reflection } from '../../../../contracts/reflections';

type Finding = Reflection['limitingLanguage'][number];

/** The findings in text order, without overlaps (the first of two overlapping ones wins). */
function ordered(findings: readonly Finding[], length: number): Finding[] {
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

/**
 * A reflection's text with its limiting language gently marked, and one line under it for each
 * phrase saying what kind of belief it may carry. An invitation to look, never a correction.
 */
export function LimitingText({ body, findings }: { body: string; findings: readonly Finding[] }) {
  const { t } = useTranslation();
  const marks = ordered(findings, body.length);
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
            <mark
              key={index}
              className="rounded-sm bg-accent-soft px-0.5 text-ink underline decoration-accent decoration-dotted underline-offset-4"
            >
              {part.text}
            </mark>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </p>
      {marks.length > 0 ? (
        <div className="flex items-start gap-2.5 rounded-lg bg-sunken px-3.5 py-3 text-sm text-ink-muted">
          <Lightbulb aria-hidden className="mt-0.5 size-4 shrink-0 text-accent-ink" />
          <div className="flex flex-col gap-1">
            <p>{t('today.prompt.limitingIntro')}</p>
            <ul className="flex flex-col gap-1">
              {marks.map((finding) => (
                <li key={finding.start} className="text-ink">
                  {t(`today.prompt.limiting.${finding.kind}`, { text: finding.text })}
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
    </div>
  );
}
