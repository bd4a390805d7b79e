import { ArrowLeft, PenLine } from 'lucide-react';
import { useState, type ComponentType } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Reflection } from '../../../../contracts/reflections';
import { MarkdownView } from '../../../components/patterns/markdown-view';
import { buttonClasses } from '../../../components/ui/button';
import { LimitingNote, orderedFindings, type Finding } from '../../../components/ui/limiting-text';
import { examinedAs, useBeliefsExaminedFrom } from '../examined-beliefs';
import { SupportNotice } from '../../../components/ui/support-notice';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { ApiError } from '../../../lib/api-client';
import { formatCalendarDate, formatTime } from '../../../lib/format';
import { sentenceAround } from '../../../lib/sentence-around';
import { useCurrentUser } from '../../../lib/session';
import type { ShareControl } from '../../../lib/share-control';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { usePrompts, useReflection } from '../api';
import { headlineOf } from '../journal-words';
import { DeleteReflection } from './delete-reflection';
import { LadderRungs } from './ladder-rungs';
import { ReflectionEditor } from './reflection-editor';
import { ReflectionFacts } from './reflection-facts';

/** What the page needs of the dialog that starts a belief entry (the app passes it in). */
export interface ExamineBeliefProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  statement: string;
  sourceReflectionId: string;
}

/**
 * One reflection: `/journal/new` writes one; `/journal/:id` reads it, with limiting language
 * gently marked and an "Examine this belief" action for each phrase; `?edit` changes it. New
 * and edit are one route so the editor stays in place when a new entry is first saved.
 */
export function ReflectionPage({
  ExamineBelief,
  ShareControl,
}: {
  ExamineBelief: ComponentType<ExamineBeliefProps>;
  ShareControl?: ShareControl;
}) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { data: user } = useCurrentUser();
  const isNew = id === 'new';
  const reflection = useReflection(isNew ? null : id);
  const editing = isNew || params.has('edit');
  useDocumentTitle(
    isNew
      ? t('journal.editor.newTitle')
      : reflection.data
        ? (headlineOf(reflection.data) ?? t(`journal.kinds.${reflection.data.kind}`))
        : t('journal.title'),
  );
  if (!user) return null;

  let content;
  if (!isNew && reflection.error instanceof ApiError && reflection.error.status === 404) {
    content = (
      <>
        <h1 className="mb-4 text-3xl font-semibold tracking-tight text-ink">
          {t('journal.missing')}
        </h1>
        <p className="text-ink-muted">{t('journal.missingBody')}</p>
      </>
    );
  } else if (!isNew && reflection.isError) {
    content = <LoadError error={reflection.error} onRetry={() => void reflection.refetch()} />;
  } else if (!isNew && !reflection.data) {
    content = <PageLoading />;
  } else if (editing) {
    content = (
      <ReflectionEditor
        key="editor"
        reflection={isNew ? null : (reflection.data ?? null)}
        timeZone={user.timeZone}
      />
    );
  } else if (reflection.data) {
    content = (
      <ReflectionView
        reflection={reflection.data}
        timeZone={user.timeZone}
        ExamineBelief={ExamineBelief}
        ShareControl={ShareControl}
      />
    );
  }

  return (
    <>
      <Link
        to="/journal"
        className="mb-6 inline-flex items-center gap-1.5 rounded-sm text-sm font-medium text-ink-muted hover:text-ink"
      >
        <ArrowLeft aria-hidden className="size-4" />
        {t('journal.back')}
      </Link>
      {content}
    </>
  );
}

function ReflectionView({
  reflection,
  timeZone,
  ExamineBelief,
  ShareControl,
}: {
  reflection: Reflection;
  timeZone: string;
  ExamineBelief: ComponentType<ExamineBeliefProps>;
  ShareControl?: ShareControl;
}) {
  const { t } = useTranslation();
  const prompts = usePrompts();
  const [examining, setExamining] = useState<string | null>(null);
  const locale = navigator.language;
  const prompt = prompts.data?.find((p) => p.id === reflection.promptId) ?? null;
  const findings = orderedFindings(reflection.limitingLanguage, reflection.body.length);
  const longDate = formatCalendarDate(reflection.date, locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const examine = (finding: Finding) =>
    setExamining(sentenceAround(reflection.body, finding.start, finding.end));
  // A phrase already examined as a belief links to that belief rather than offering it again.
  const examinedFrom = useBeliefsExaminedFrom(reflection.id);
  const examinedAt = (finding: Finding) => {
    const belief = examinedAs(finding, examinedFrom.data ?? []);
    return belief ? `/beliefs#belief-${belief.id}` : null;
  };

  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        {/* The title, else the day: an untitled entry's first line is already its first line. */}
        <p className="text-sm text-ink-muted">
          {reflection.title.trim() ? (
            <>
              <time dateTime={reflection.date}>{longDate}</time>
              {' · '}
            </>
          ) : null}
          {formatTime(reflection.at, locale, timeZone)}
          {' · '}
          {t(`journal.kinds.${reflection.kind}`)}
        </p>
        <h1 className="font-serif text-3xl leading-tight font-semibold tracking-tight break-words text-ink">
          {reflection.title.trim() || longDate}
        </h1>
        <div className="flex flex-wrap gap-2">
          <Link to={`/journal/${reflection.id}?edit`} className={buttonClasses('secondary', 'sm')}>
            <PenLine aria-hidden className="size-4" />
            {t('journal.edit')}
          </Link>
          <DeleteReflection id={reflection.id} />
          {ShareControl ? (
            <ShareControl
              itemType="reflection"
              itemId={reflection.id}
              itemTitle={headlineOf(reflection) ?? longDate}
            />
          ) : null}
        </div>
      </header>

      <SupportNotice show={reflection.support} />

      {prompt ? (
        <div className="flex flex-col gap-1 border-l-2 border-accent/40 pl-4">
          <p className="text-sm text-ink-muted">{t('journal.editor.answering')}</p>
          <p className="max-w-prose font-serif text-lg leading-snug text-ink">{prompt.text}</p>
        </div>
      ) : null}

      {reflection.form ? <FormView form={reflection.form} /> : null}

      {reflection.body.trim() ? (
        <div className="flex flex-col gap-4">
          <MarkdownView
            source={reflection.body}
            phrases={findings.map((finding) => finding.text)}
          />
          <LimitingNote findings={findings} onExamine={examine} examinedAt={examinedAt} />
        </div>
      ) : null}

      <ReflectionFacts reflection={reflection} />

      <ExamineBelief
        open={examining !== null}
        onOpenChange={(open) => {
          if (!open) setExamining(null);
        }}
        statement={examining ?? ''}
        sourceReflectionId={reflection.id}
      />
    </article>
  );
}

function FormView({ form }: { form: NonNullable<Reflection['form']> }) {
  const { t } = useTranslation();
  if (form.type === 'left_hand_column') {
    return (
      <section className="flex flex-col gap-4">
        <h2 className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
          {t('journal.kinds.left_hand_column')}
        </h2>
        {form.situation ? (
          <p className="max-w-prose font-serif text-[1.0625rem] leading-relaxed whitespace-pre-line text-ink">
            {form.situation}
          </p>
        ) : null}
        <div className="grid gap-x-6 gap-y-3 rounded-xl border border-line bg-surface p-4 sm:grid-cols-2 sm:p-5">
          <p className="hidden text-sm font-medium text-ink-muted sm:block">
            {t('journal.lhc.saidColumn')}
          </p>
          <p className="hidden text-sm font-medium text-ink-muted sm:block">
            {t('journal.lhc.thoughtColumn')}
          </p>
          {form.rows.map((row, index) => (
            <div key={index} className="contents">
              <p className="font-serif leading-relaxed whitespace-pre-line text-ink">
                <span className="block text-xs text-ink-muted sm:hidden">
                  {t('journal.lhc.saidColumn')}
                </span>
                {row.said}
              </p>
              <p className="border-b border-line pb-3 font-serif leading-relaxed whitespace-pre-line text-ink-muted italic sm:border-0 sm:pb-0">
                <span className="block text-xs not-italic sm:hidden">
                  {t('journal.lhc.thoughtColumn')}
                </span>
                {row.thought}
              </p>
            </div>
          ))}
        </div>
      </section>
    );
  }
  return (
    <section className="flex flex-col gap-4">
      <h2 className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
        {t('journal.kinds.ladder_of_inference')}
      </h2>
      <LadderRungs form={form} />
    </section>
  );
}
