import { clsx } from 'clsx';
import { Heart, LinkIcon, MessageSquareHeart } from 'lucide-react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { FeedbackAnswerBody, type FeedbackInvitation } from '../../../../contracts/feedback';
import { CenteredLayout } from '../../../components/layouts/centered-layout';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { TextareaField } from '../../../components/ui/textarea-field';
import { ApiError } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useAnswerFeedback, useFeedbackInvitation } from '../api';

const FIELDS = ['situation', 'behavior', 'impact', 'suggestion', 'anonymous'] as const;

type Unusable = 'invalid' | 'used' | 'expired';

/** Why a feedback link cannot be used, or null when the error says something else. */
function unusable(error: unknown): Unusable | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 404) return 'invalid';
  if (error.code === 'already_answered') return 'used';
  if (error.code === 'request_expired') return 'expired';
  return null;
}

/**
 * `/feedback/:token`, for anyone holding a feedback link, signed in or not: the question, then
 * an answer in Situation–Behavior–Impact form with an optional suggestion, named or (when the
 * requester allowed it) anonymous; then thanks. Used and closed links say so kindly.
 */
export function AnswerPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('feedback.answer.title'));
  const { token = '' } = useParams();
  const invitation = useFeedbackInvitation(token);
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
      <AnswerForm
        token={token}
        invitation={invitation.data}
        onAnswered={() => setAnswered(true)}
        onRefused={setRefused}
      />
    );
  }
  return <CenteredLayout wide>{content}</CenteredLayout>;
}

function Message({ icon, title, body }: { icon: ReactNode; title: string; body: string }) {
  return (
    <div className="flex flex-col items-start gap-4">
      <span className="flex size-10 items-center justify-center rounded-full bg-accent-soft text-accent-ink">
        {icon}
      </span>
      <h1 className="text-2xl font-semibold tracking-tight text-ink">{title}</h1>
      <p className="max-w-prose text-[0.9375rem] text-ink-muted">{body}</p>
    </div>
  );
}

function AnswerForm({
  token,
  invitation,
  onAnswered,
  onRefused,
}: {
  token: string;
  invitation: FeedbackInvitation;
  onAnswered: () => void;
  onRefused: (why: Unusable) => void;
}) {
  const { t } = useTranslation();
  const answer = useAnswerFeedback(token);
  const [anonymous, setAnonymous] = useState(false);
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(FIELDS);
  const sendAsId = useId();
  const name = invitation.requesterName;
  const pending = answer.isPending;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    const text = (field: string) => String(data.get(field) ?? '').trim();
    const body = {
      situation: text('situation'),
      behavior: text('behavior'),
      impact: text('impact'),
      suggestion: text('suggestion') || undefined,
      anonymous: invitation.anonymousAllowed && anonymous,
    };
    const valid = validate(FeedbackAnswerBody, body, {
      situation: t('feedback.answer.situationRequired'),
      behavior: t('feedback.answer.behaviorRequired'),
      impact: t('feedback.answer.impactRequired'),
    });
    if (!valid) return;
    answer.mutate(body, {
      onSuccess: onAnswered,
      onError: (error) => {
        const why = unusable(error);
        if (why) onRefused(why);
        else showApiError(error);
      },
    });
  };

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col items-start gap-3">
        <span className="flex size-10 items-center justify-center rounded-full bg-accent-soft text-accent-ink">
          <MessageSquareHeart aria-hidden className="size-5" />
        </span>
        <h1 className="text-2xl font-semibold tracking-tight break-words text-ink">
          {t('feedback.answer.heading', { name })}
        </h1>
        <blockquote className="max-w-prose border-l-2 border-accent/40 pl-4 font-serif text-xl leading-snug break-words text-ink">
          {invitation.question}
        </blockquote>
        {invitation.aspirationTitle ? (
          <p className="text-[0.9375rem] text-ink-muted">
            {t('feedback.answer.about', { title: invitation.aspirationTitle })}
          </p>
        ) : null}
        <p className="max-w-prose text-[0.9375rem] text-ink-muted">
          {t('feedback.answer.explain')}
        </p>
      </header>
      <form ref={formRef} noValidate onSubmit={submit} className="flex flex-col gap-5">
        {general ? <FormAlert>{general}</FormAlert> : null}
        {(['situation', 'behavior', 'impact'] as const).map((field) => (
          <TextareaField
            key={field}
            label={t(`feedback.answer.${field}`)}
            name={field}
            rows={3}
            prose
            maxLength={2000}
            required
            hint={t(`feedback.answer.${field}Hint`)}
            error={fieldErrors[field]}
          />
        ))}
        <TextareaField
          label={t('feedback.answer.suggestion')}
          name="suggestion"
          rows={3}
          prose
          maxLength={2000}
          hint={t('feedback.answer.suggestionHint')}
          error={fieldErrors.suggestion}
        />
        {invitation.anonymousAllowed ? (
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-2 text-sm font-medium text-ink">
              {t('feedback.answer.sendAs')}
            </legend>
            {([false, true] as const).map((value) => {
              const id = `${sendAsId}-${value ? 'anonymous' : 'named'}`;
              return (
                <label
                  key={id}
                  htmlFor={id}
                  className={clsx(
                    'flex cursor-pointer items-start gap-3 rounded-lg border px-4 py-3 transition-colors duration-150',
                    anonymous === value
                      ? 'border-accent bg-accent-soft'
                      : 'border-line bg-surface hover:border-line-strong',
                  )}
                >
                  <input
                    id={id}
                    type="radio"
                    name="anonymous"
                    checked={anonymous === value}
                    onChange={() => setAnonymous(value)}
                    className="mt-1 size-4 shrink-0 cursor-pointer accent-accent"
                  />
                  <span className="flex flex-col gap-0.5">
                    <span className="text-[0.9375rem] font-medium text-ink">
                      {value ? t('feedback.answer.anonymous') : t('feedback.answer.named')}
                    </span>
                    <span className="text-sm text-ink-muted">
                      {value
                        ? t('feedback.answer.anonymousHint')
                        : t('feedback.answer.namedHint', { name })}
                    </span>
                  </span>
                </label>
              );
            })}
          </fieldset>
        ) : (
          <p className="text-sm text-ink-muted">{t('feedback.answer.namedOnly', { name })}</p>
        )}
        <div>
          <Button type="submit" variant="primary" loading={pending}>
            {t('feedback.answer.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
