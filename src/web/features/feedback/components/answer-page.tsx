import { Heart, LinkIcon } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { useParams } from 'react-router';
import { CenteredLayout } from '../../../components/layouts/centered-layout';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { ApiError } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAnswerThroughLink, useFeedbackInvitation } from '../api';
import { Message } from './message';
import { SbiAnswerForm } from './sbi-answer-form';

type Unusable = 'invalid' | 'used' | 'expired';

/** Why a feedback link cannot be used, or null when the error says something else. */
function unusable(error: unknown): Unusable | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 404) return 'invalid';
  if (error.code === 'already_answered') return 'used';
  if (error.code === 'request_closed') return 'expired';
  return null;
}

/**
 * `/feedback/:token`, for someone outside Praxis holding a feedback link, signed in or not: the
 * question, then an answer in Situation–Behavior–Impact form that carries the name they type
 * (never anonymous: the requester held the link); then thanks. Used and closed links say so.
 */
export function AnswerPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('feedback.answer.title'));
  const { token = '' } = useParams();
  const invitation = useFeedbackInvitation(token);
  const answer = useAnswerThroughLink(token);
  const [answered, setAnswered] = useState(false);
  const [refused, setRefused] = useState<Unusable | null>(null);

  const problem = unusable(invitation.error) ?? refused;
  let content;
  if (answered && invitation.data) {
    content = (
      <Message
        icon={<Heart aria-hidden className="size-5" />}
        title={t('feedback.answer.thanksTitle')}
        body={t('feedback.answer.thanksBody', { name: invitation.data.requesterName })}
      />
    );
  } else if (problem) {
    content = (
      <Message
        icon={<LinkIcon aria-hidden className="size-5" />}
        title={t(`feedback.answer.${problem}Title`)}
        body={t(`feedback.answer.${problem}Body`)}
      />
    );
  } else if (invitation.isError) {
    content = (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-semibold tracking-tight text-ink">
          {t('feedback.answer.title')}
        </h1>
        <LoadError error={invitation.error} onRetry={() => void invitation.refetch()} />
      </div>
    );
  } else if (!invitation.data) {
    return <PageLoading />;
  } else {
    content = (
      <SbiAnswerForm
        to={invitation.data}
        giver={{ kind: 'link', anonymousAllowed: invitation.data.anonymousAllowed }}
        pending={answer.isPending}
        onSend={(body, onError) =>
          answer.mutate(body, {
            onSuccess: () => setAnswered(true),
            onError: (error) => {
              const why = unusable(error);
              if (why) setRefused(why);
              else onError(error);
            },
          })
        }
      />
    );
  }
  return <CenteredLayout wide>{content}</CenteredLayout>;
}
