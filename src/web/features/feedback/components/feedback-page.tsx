import { MessageSquareHeart, Plus } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { CreatedFeedbackRequest } from '../../../../contracts/feedback';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadError } from '../../../components/ui/load-error';
import { PageHeader } from '../../../components/ui/page-header';
import { PageLoading } from '../../../components/ui/page-loading';
import { useToast } from '../../../components/ui/toast';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAskedOfMe, useFeedbackRequests } from '../api';
import { LinksDialog } from './links-dialog';
import { RequestDialog } from './request-dialog';
import { AskedRow } from './asked-row';
import { RequestRow } from './request-row';

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
          } else if (request.mailed.length > 0) {
            // Mail is on: the server mailed the links itself, and they are never shown.
            toast({ title: t('feedback.new.mailed', { count: request.mailed.length }) });
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
