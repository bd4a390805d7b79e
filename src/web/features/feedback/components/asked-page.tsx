import { CircleCheck, Heart, Lock } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link, useParams } from 'react-router';
import { buttonClasses } from '../../../components/ui/button';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { ApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAnswerAsColleague, useAskedOfMeOne } from '../api';
import { BackToFeedback } from './back-to-feedback';
import { MissingRequest } from './missing-request';
import { Message } from './message';
import { SbiAnswerForm } from './sbi-answer-form';

/**
 * `/feedback/asked/:id`: a request asked of me as a colleague, answered here signed in, once —
 * with my name (my account signs it) or, where the request allows, anonymously. Once answered or
 * closed, the page says so.
 */
export function AskedPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('feedback.answer.title'));
  const { id = '' } = useParams();
  const asked = useAskedOfMeOne(id);
  const answer = useAnswerAsColleague(id);
  const { data: me } = useCurrentUser();
  const [answered, setAnswered] = useState(false);

  const done = (icon: ReactNode, title: string, body: string) => (
    <Message icon={icon} title={title} body={body}>
      <Link to="/feedback" className={buttonClasses('secondary')}>
        {t('feedback.asked.backToFeedback')}
      </Link>
    </Message>
  );

  let content;
  if (asked.error instanceof ApiError && asked.error.status === 404) {
    content = <MissingRequest />;
  } else if (asked.isError) {
    content = <LoadError error={asked.error} onRetry={() => void asked.refetch()} />;
  } else if (!asked.data || !me) {
    return <PageLoading />;
  } else if (answered) {
    content = done(
      <Heart aria-hidden className="size-5" />,
      t('feedback.answer.thanksTitle'),
      t('feedback.asked.thanksBody', { name: asked.data.requester.name }),
    );
  } else if (asked.data.answered) {
    content = done(
      <CircleCheck aria-hidden className="size-5" />,
      t('feedback.asked.answeredTitle'),
      t('feedback.asked.answeredBody', { name: asked.data.requester.name }),
    );
  } else if (asked.data.closed) {
    content = done(
      <Lock aria-hidden className="size-5" />,
      t('feedback.answer.expiredTitle'),
      t('feedback.asked.closedBody', {
        date: formatDate(asked.data.closesAt, navigator.language, me.timeZone),
      }),
    );
  } else {
    const request = asked.data;
    content = (
      <SbiAnswerForm
        to={{
          question: request.question,
          requesterName: request.requester.name,
          aspirationTitle: request.aspirationTitle,
        }}
        giver={{ kind: 'colleague', anonymousAllowed: request.anonymousAllowed }}
        pending={answer.isPending}
        onSend={(body, onError) =>
          answer.mutate(
            { ...body, anonymous: 'anonymous' in body && body.anonymous === true },
            {
              onSuccess: () => setAnswered(true),
              onError: (error) => {
                // Closed or answered meanwhile: the page then says which.
                if (error instanceof ApiError && (error.status === 409 || error.status === 410))
                  void asked.refetch();
                else onError(error);
              },
            },
          )
        }
      />
    );
  }
  return (
    <div className="max-w-2xl">
      <BackToFeedback />
      {content}
    </div>
  );
}
