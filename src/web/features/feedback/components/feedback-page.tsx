import { clsx } from 'clsx';
import { ChevronRight, MessageSquareHeart, Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CreatedFeedbackRequest, FeedbackRequest } from '../../../../contracts/feedback';
import { Button } from '../../../components/ui/button';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import type { Colleague } from '../../../lib/colleagues';
import { formatDate } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFeedbackRequests } from '../api';
import { isOpen } from '../feedback-view';
import { LinksDialog } from './links-dialog';
import { RequestDialog } from './request-dialog';

/**
 * `/feedback`: my requests for feedback, newest first, each opening its answers; asking for new
 * feedback, after which the single-use links are shown to pass on.
 */
export function FeedbackPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('feedback.title'));
  const requests = useFeedbackRequests();
  const [asking, setAsking] = useState(false);
  const [created, setCreated] = useState<{
    request: CreatedFeedbackRequest;
    colleagues: Colleague[];
  } | null>(null);
  const [linksOpen, setLinksOpen] = useState(false);

  const askButton = (
    <Button
      variant="primary"
      icon={<Plus aria-hidden className="size-4" />}
      onClick={() => setAsking(true)}
    >
      {t('feedback.ask')}
    </Button>
  );

  return (
    <>
      <header className="mb-8 flex flex-col gap-2">
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-3">
          <h1 className="text-3xl font-semibold tracking-tight text-ink">{t('feedback.title')}</h1>
          {askButton}
        </div>
        <p className="max-w-prose text-ink-muted">{t('feedback.lead')}</p>
      </header>
      {requests.isError ? (
        <LoadError error={requests.error} onRetry={() => void requests.refetch()} />
      ) : !requests.data ? (
        <PageLoading />
      ) : requests.data.length === 0 ? (
        <div className="flex flex-col items-start gap-4 rounded-xl border border-dashed border-line-strong/60 bg-surface p-6">
          <span className="flex size-10 items-center justify-center rounded-full bg-accent-soft text-accent-ink">
            <MessageSquareHeart aria-hidden className="size-5" />
          </span>
          <div className="flex flex-col gap-1">
            <p className="font-medium text-ink">{t('feedback.list.emptyTitle')}</p>
            <p className="max-w-prose text-[0.9375rem] text-ink-muted">
              {t('feedback.list.empty')}
            </p>
          </div>
          {askButton}
        </div>
      ) : (
        <ul
          aria-label={t('feedback.list.label')}
          className="divide-y divide-line rounded-xl border border-line bg-surface"
        >
          {requests.data.map((request) => (
            <RequestRow key={request.id} request={request} />
          ))}
        </ul>
      )}
      <RequestDialog
        open={asking}
        onOpenChange={setAsking}
        onCreated={(request, colleagues) => {
          setCreated({ request, colleagues });
          setLinksOpen(true);
        }}
      />
      <LinksDialog
        created={created?.request ?? null}
        colleagues={created?.colleagues ?? []}
        open={linksOpen}
        onOpenChange={setLinksOpen}
      />
    </>
  );
}

function RequestRow({ request }: { request: FeedbackRequest }) {
  const { t } = useTranslation();
  const { data: me } = useCurrentUser();
  const open = isOpen(request, new Date());
  return (
    <li className="relative flex items-center justify-between gap-4 px-4 py-4 transition-colors duration-150 hover:bg-sunken/50 sm:px-5">
      <div className="flex min-w-0 flex-col gap-1">
        <h2 className="font-serif text-lg leading-snug break-words text-ink">
          <Link
            to={`/feedback/requests/${request.id}`}
            className="rounded-sm after:absolute after:inset-0 hover:text-accent-ink"
          >
            {request.question}
          </Link>
        </h2>
        {request.aspiration ? (
          <p className="text-sm text-ink-muted">
            {t('feedback.list.about', { title: request.aspiration.title })}
          </p>
        ) : null}
        <p className="text-sm text-ink-muted">
          {t('feedback.list.asked', { count: request.recipientCount })}
          {' · '}
          {open
            ? t('feedback.list.openUntil', {
                date: formatDate(request.expiresAt, navigator.language, me?.timeZone),
              })
            : t('feedback.list.closed')}
        </p>
        <p
          className={clsx(
            'text-sm',
            request.answers.length > 0 ? 'font-medium text-accent-ink' : 'text-ink-muted',
          )}
        >
          {request.answers.length > 0
            ? t('feedback.list.answers', { count: request.answers.length })
            : t('feedback.list.noAnswers')}
        </p>
      </div>
      <ChevronRight aria-hidden className="size-5 shrink-0 text-ink-muted" />
    </li>
  );
}
