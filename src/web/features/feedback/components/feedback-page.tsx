import { clsx } from 'clsx';
import { ChevronRight, MessageSquareHeart, Plus } from 'lucide-react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  AskedOfMe,
  CreatedFeedbackRequest,
  FeedbackRequest,
} from '../../../../contracts/feedback';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadError } from '../../../components/ui/load-error';
import { PageHeader } from '../../../components/ui/page-header';
import { PageLoading } from '../../../components/ui/page-loading';
import { useToast } from '../../../components/ui/toast';
import { formatDate } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAskedOfMe, useFeedbackRequests } from '../api';
import { isOpen } from '../feedback-view';
import { LinksDialog } from './links-dialog';
import { RequestDialog } from './request-dialog';

/**
 * `/feedback`: requests asked of me (answered signed in), then my own requests, newest first,
 * each opening its answers; asking for new feedback, after which the links for people asked by
 * email are shown to pass on.
 */
export function FeedbackPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('feedback.title'));
  const toast = useToast();
  const requests = useFeedbackRequests();
  const asked = useAskedOfMe();
  const [asking, setAsking] = useState(false);
  const [created, setCreated] = useState<{
    request: CreatedFeedbackRequest;
    colleagueCount: number;
  } | null>(null);
  const [linksOpen, setLinksOpen] = useState(false);
  const askedId = useId();
  const mineId = useId();

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
      <PageHeader title={t('feedback.title')} lead={t('feedback.lead')} action={askButton} />
      {asked.isError ? (
        <LoadError error={asked.error} onRetry={() => void asked.refetch()} />
      ) : asked.data && asked.data.length > 0 ? (
        <section aria-labelledby={askedId} className="mb-10 flex flex-col gap-4">
          <h2 id={askedId} className="text-lg font-semibold tracking-tight text-ink">
            {t('feedback.asked.title')}
          </h2>
          <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
            {asked.data.map((request) => (
              <AskedRow key={request.id} request={request} />
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby={mineId} className="flex flex-col gap-4">
        <h2 id={mineId} className="text-lg font-semibold tracking-tight text-ink">
          {t('feedback.list.label')}
        </h2>
        {requests.isError ? (
          <LoadError error={requests.error} onRetry={() => void requests.refetch()} />
        ) : !requests.data ? (
          <PageLoading />
        ) : requests.data.length === 0 ? (
          <EmptyState
            icon={MessageSquareHeart}
            title={t('feedback.list.emptyTitle')}
            body={t('feedback.list.empty')}
          >
            {askButton}
          </EmptyState>
        ) : (
          <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
            {requests.data.map((request) => (
              <RequestRow key={request.id} request={request} />
            ))}
          </ul>
        )}
      </section>
      <RequestDialog
        open={asking}
        onOpenChange={setAsking}
        onCreated={(request, colleagueCount) => {
          if (request.links.length > 0) {
            setCreated({ request, colleagueCount });
            setLinksOpen(true);
          } else {
            toast({ title: t('feedback.new.asked', { count: colleagueCount }) });
          }
        }}
      />
      <LinksDialog
        created={created?.request ?? null}
        colleagueCount={created?.colleagueCount ?? 0}
        open={linksOpen}
        onOpenChange={setLinksOpen}
      />
    </>
  );
}

/** One row of a list of requests, opened as a whole through the link in it. */
function Row({ children }: { children: ReactNode }) {
  return (
    <li className="relative flex items-center justify-between gap-4 px-4 py-4 transition-colors duration-150 hover:bg-sunken/50 sm:px-5">
      <div className="flex min-w-0 flex-col gap-1">{children}</div>
      <ChevronRight aria-hidden className="size-5 shrink-0 text-ink-muted" />
    </li>
  );
}

/** One request asked of me: who asks what, until when, and whether I answered it. */
function AskedRow({ request }: { request: AskedOfMe }) {
  const { t } = useTranslation();
  const { data: me } = useCurrentUser();
  const date = formatDate(request.closesAt, navigator.language, me?.timeZone);
  return (
    <Row>
      <p className="text-sm text-ink-muted">
        {t('feedback.asked.from', { name: request.requester.name })}
      </p>
      <h3 className="font-serif text-lg leading-snug break-words text-ink">
        <Link
          to={`/feedback/asked/${request.id}`}
          className="rounded-sm after:absolute after:inset-0 hover:text-accent-ink"
        >
          {request.question}
        </Link>
      </h3>
      <p
        className={clsx(
          'text-sm',
          !request.answered && !request.closed ? 'font-medium text-accent-ink' : 'text-ink-muted',
        )}
      >
        {request.answered
          ? t('feedback.asked.answered')
          : request.closed
            ? t('feedback.asked.closed', { date })
            : t('feedback.asked.open', { date })}
      </p>
    </Row>
  );
}

function RequestRow({ request }: { request: FeedbackRequest }) {
  const { t } = useTranslation();
  const { data: me } = useCurrentUser();
  const open = isOpen(request, new Date());
  return (
    <Row>
      <h3 className="font-serif text-lg leading-snug break-words text-ink">
        <Link
          to={`/feedback/requests/${request.id}`}
          className="rounded-sm after:absolute after:inset-0 hover:text-accent-ink"
        >
          {request.question}
        </Link>
      </h3>
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
    </Row>
  );
}
