import { History, Pencil } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { Purpose } from '../../../../contracts/vision';
import { Button } from '../../../components/ui/button';
import { formatDate } from '../../../lib/format';
import { PurposeEditor } from './purpose-editor';

/**
 * The purpose at the top of the Vision page, in large quiet type, edited in place. Every
 * earlier version stays readable in a disclosure: a new version never rewrites the old.
 */
export function PurposeSection({ purpose, timeZone }: { purpose: Purpose; timeZone: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const earlier = purpose.revisions.slice(1);

  const stopEditing = () => {
    setEditing(false);
    // The editor is gone; put focus back where the person started.
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <div className="flex items-center justify-between gap-4">
        <h2 id={headingId} className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
          {t('vision.purpose.title')}
        </h2>
        {purpose.text && !editing ? (
          <Button
            ref={editButton}
            size="sm"
            variant="ghost"
            icon={<Pencil aria-hidden className="size-4" />}
            onClick={() => setEditing(true)}
          >
            {t('vision.purpose.edit')}
            <span className="sr-only"> {t('vision.purpose.title')}</span>
          </Button>
        ) : null}
      </div>
      {editing ? (
        <PurposeEditor initial={purpose.text ?? ''} onDone={stopEditing} />
      ) : purpose.text ? (
        <blockquote className="max-w-[38rem] font-serif text-2xl leading-snug text-pretty text-ink sm:text-[1.75rem]">
          {purpose.text}
        </blockquote>
      ) : (
        <div className="flex flex-col items-start gap-3">
          <p className="max-w-prose font-serif text-xl text-ink-muted italic">
            {t('vision.purpose.emptyPrompt')}
          </p>
          <Button
            ref={editButton}
            icon={<Pencil aria-hidden className="size-4" />}
            onClick={() => setEditing(true)}
          >
            {t('vision.purpose.write')}
          </Button>
        </div>
      )}
      <p className="max-w-prose text-sm text-ink-muted">{t('vision.purpose.explain')}</p>
      {earlier.length > 0 ? (
        <details className="group text-sm">
          <summary className="inline-flex cursor-pointer items-center gap-1.5 rounded-md font-medium text-accent-ink marker:content-none hover:underline">
            <History aria-hidden className="size-4" />
            {t('vision.purpose.earlier', { count: earlier.length })}
          </summary>
          <ol className="mt-3 flex flex-col gap-3 border-l-2 border-line pl-4">
            {earlier.map((revision) => (
              <li key={revision.id} className="flex flex-col gap-0.5">
                <span className="text-xs text-ink-muted">
                  {formatDate(revision.at, navigator.language, timeZone)}
                </span>
                <span className="font-serif text-base text-ink-muted">{revision.text}</span>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
