import { clsx } from 'clsx';
import { NotebookText, PenLine, Plus, Scale } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link, useLocation } from 'react-router';
import type { Belief, BeliefKind } from '../../../../contracts/beliefs';
import { BackLink } from '../../../components/patterns/back-link';
import { Button } from '../../../components/ui/button';
import { DeleteAction } from '../../../components/patterns/delete-action';
import { EmptyState } from '../../../components/ui/empty-state';
import { limitingMarkClasses, orderedFindings } from '../../../components/ui/limiting-text';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import type { ShareControl } from '../../../lib/share-control';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useBeliefs, useDeleteBelief } from '../api';
import { BeliefDialog } from './belief-dialog';
import { BeliefEvidence } from './belief-evidence';

/**
 * The belief register: each belief with its kind, the evidence for and against, its reframe and
 * the reflection it was noticed in; add, change and delete. Opens with two plain sentences on
 * the beliefs that hold learning back. Each belief shows "Who can see this" when the app passes
 * in `ShareControl`.
 */
export function BeliefsPage({ ShareControl }: { ShareControl?: ShareControl } = {}) {
  const { t } = useTranslation();
  useDocumentTitle(t('beliefs.title'));
  const [kind, setKind] = useState<BeliefKind | null>(null);
  const beliefs = useBeliefs(kind);
  // Arriving at `#belief-<id>` (from a reflection whose phrase it examines): show that belief.
  const { hash } = useLocation();
  const loaded = beliefs.data !== undefined;
  useEffect(() => {
    if (!loaded || !hash.startsWith('#belief-')) return;
    const target = document.getElementById(hash.slice(1));
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [loaded, hash]);
  const [creating, setCreating] = useState(false);
  const newButton = (
    <Button
      variant="primary"
      icon={<Plus aria-hidden className="size-4" />}
      onClick={() => setCreating(true)}
    >
      {t('beliefs.new.open')}
    </Button>
  );

  return (
    <>
      <BackLink to="/journal">{t('journal.back')}</BackLink>
      <header className="mb-8 flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-3">
          <h1 className="text-3xl font-semibold tracking-tight text-ink">{t('beliefs.title')}</h1>
          {newButton}
        </div>
        <p className="max-w-prose text-ink-muted">{t('beliefs.lead')}</p>
        <p className="max-w-prose border-l-2 border-accent/40 pl-4 font-serif leading-relaxed text-ink">
          {t('beliefs.senge')}
        </p>
      </header>

      <div className="mb-5 flex flex-wrap gap-1.5" role="group" aria-label={t('beliefs.show')}>
        {([null, 'limiting', 'empowering'] as const).map((value) => (
          <button
            key={value ?? 'all'}
            type="button"
            aria-pressed={kind === value}
            onClick={() => setKind(value)}
            className={clsx(
              'rounded-full border px-3 py-1 text-sm transition-colors duration-150',
              kind === value
                ? 'border-accent bg-accent-soft font-medium text-accent-ink'
                : 'border-line bg-surface text-ink-muted hover:border-line-strong hover:text-ink',
            )}
          >
            {value ? t(`beliefs.kinds.${value}`) : t('beliefs.all')}
          </button>
        ))}
      </div>

      {beliefs.isError ? (
        <LoadError error={beliefs.error} onRetry={() => void beliefs.refetch()} />
      ) : !beliefs.data ? (
        <PageLoading />
      ) : beliefs.data.length === 0 ? (
        <EmptyState icon={Scale} title={t('beliefs.emptyTitle')} body={t('beliefs.empty')}>
          {newButton}
        </EmptyState>
      ) : (
        <ul className="flex flex-col gap-4">
          {beliefs.data.map((belief) => (
            <li key={belief.id}>
              <BeliefCard belief={belief} ShareControl={ShareControl} />
            </li>
          ))}
        </ul>
      )}
      <BeliefDialog open={creating} onOpenChange={setCreating} />
    </>
  );
}

/** A belief statement with its limiting phrases gently marked. */
function Statement({ belief }: { belief: Belief }) {
  const marks = orderedFindings(belief.limitingLanguage, belief.statement.length);
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const finding of marks) {
    parts.push({ text: belief.statement.slice(at, finding.start), marked: false });
    parts.push({ text: belief.statement.slice(finding.start, finding.end), marked: true });
    at = finding.end;
  }
  parts.push({ text: belief.statement.slice(at), marked: false });
  return (
    <>
      {parts.map((part, index) =>
        part.marked ? (
          <mark key={index} className={limitingMarkClasses}>
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}

function BeliefCard({ belief, ShareControl }: { belief: Belief; ShareControl?: ShareControl }) {
  const { t } = useTranslation();
  const remove = useDeleteBelief();
  const [editing, setEditing] = useState(false);
  return (
    <article
      id={`belief-${belief.id}`}
      tabIndex={-1}
      className="flex scroll-mt-6 flex-col gap-4 rounded-xl border border-line bg-surface p-5 sm:p-6"
    >
      <div className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <span
            className={clsx(
              'self-start rounded-full px-2.5 py-0.5 text-xs font-medium',
              belief.kind === 'limiting'
                ? 'bg-sunken text-ink-muted'
                : 'bg-accent-soft text-accent-ink',
            )}
          >
            {t(`beliefs.kinds.${belief.kind}`)}
          </span>
          {ShareControl ? (
            <ShareControl itemType="belief" itemId={belief.id} itemTitle={belief.statement} />
          ) : null}
        </div>
        <h2 className="max-w-prose font-serif text-xl leading-snug break-words text-ink">
          <Statement belief={belief} />
        </h2>
      </div>
      <BeliefEvidence belief={belief} />
      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-line pt-4">
        {belief.sourceReflectionId ? (
          <Link
            to={`/journal/${belief.sourceReflectionId}`}
            className="inline-flex items-center gap-1.5 rounded-sm text-sm font-medium text-accent-ink underline-offset-4 hover:underline"
          >
            <NotebookText aria-hidden className="size-4" />
            {t('beliefs.source')}
          </Link>
        ) : (
          <span />
        )}
        <div className="flex flex-wrap gap-2">
          <Button
            size="sm"
            icon={<PenLine aria-hidden className="size-4" />}
            onClick={() => setEditing(true)}
          >
            {t('beliefs.edit.open')}
          </Button>
          <DeleteAction
            id={belief.id}
            remove={remove}
            label={t('beliefs.delete.open')}
            title={t('beliefs.delete.title')}
            description={t('beliefs.delete.description')}
            confirmLabel={t('beliefs.delete.confirm')}
            done={t('beliefs.delete.done')}
            returnFocus={() => document.getElementById('main')}
          />
        </div>
      </div>
      <BeliefDialog open={editing} onOpenChange={setEditing} belief={belief} />
    </article>
  );
}
