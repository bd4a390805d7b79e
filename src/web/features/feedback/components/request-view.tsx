import { Hourglass, Lock, MessageSquareText } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { FeedbackRequest } from '../../../../contracts/feedback';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { formatDate } from '../../../lib/format';
import { useCloseFeedbackRequest } from '../api';
import { isOpen } from '../feedback-view';
import { AnswerActions } from './answer-actions';
import { AnswerCard } from './answer-card';

export function RequestView({ request, timeZone }: { request: FeedbackRequest; timeZone: string }) {
  const { t } = useTranslation();
  const date = (iso: string) => formatDate(iso, navigator.language, timeZone);
  const open = isOpen(request, new Date());
  const answersId = useId();
  const close = useCloseFeedbackRequest(request.id);
  const [closing, setClosing] = useState(false);
  const anonymousShown = request.answers.some((answer) => answer.anonymous);
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <h1 className="font-serif text-3xl leading-tight font-semibold tracking-tight text-balance break-words text-ink">
          {request.question}
        </h1>
        {request.aspiration ? (
          <p className="text-[0.9375rem] text-ink-muted">
            {t('feedback.request.about', { title: request.aspiration.title })}
          </p>
        ) : null}
        <p className="text-sm text-ink-muted">
          {t('feedback.request.asked', { count: request.recipientCount })}
          {' · '}
          {open
            ? t('feedback.request.openUntil', { date: date(request.expiresAt) })
            : t('feedback.request.closedOn', { date: date(request.closedAt ?? request.expiresAt) })}
          {' · '}
          {request.anonymousAllowed
            ? t('feedback.request.anonymousAllowed')
            : t('feedback.request.namedOnly')}
        </p>
        {open ? (
          <div>
            <Button
              size="sm"
              icon={<Lock aria-hidden className="size-4" />}
              onClick={() => setClosing(true)}
            >
              {t('feedback.request.close')}
            </Button>
          </div>
        ) : null}
      </header>

      <section aria-labelledby={answersId} className="flex flex-col gap-4">
        <h2 id={answersId} className="text-lg font-semibold tracking-tight text-ink">
          {t('feedback.request.answersTitle')}
        </h2>
        {request.anonymousAllowed && !anonymousShown ? (
          <p className="flex max-w-prose items-start gap-3 rounded-xl border border-line bg-sunken px-4 py-3 text-[0.9375rem] text-ink-muted">
            <Hourglass aria-hidden className="mt-0.5 size-4 shrink-0 text-accent" />
            {open ? t('feedback.request.anonymousLater') : t('feedback.request.anonymousNone')}
          </p>
        ) : null}
        {request.answers.length === 0 ? (
          <p className="flex items-start gap-3 text-[0.9375rem] text-ink-muted">
            <MessageSquareText aria-hidden className="mt-0.5 size-5 shrink-0 text-accent" />
            {open ? t('feedback.request.noAnswers') : t('feedback.request.noAnswersClosed')}
          </p>
        ) : (
          <ul className="flex flex-col gap-4">
            {request.answers.map((answer) => (
              <li key={answer.id}>
                <AnswerCard answer={answer} date={date}>
                  <AnswerActions request={request} answer={answer} />
                </AnswerCard>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ConfirmDialog
        open={closing}
        onClose={() => {
          setClosing(false);
          close.reset();
        }}
        title={t('feedback.request.closeTitle')}
        description={t('feedback.request.closeBody')}
        confirmLabel={t('feedback.request.closeConfirm')}
        onConfirm={() => close.mutate(undefined, { onSuccess: () => setClosing(false) })}
        pending={close.isPending}
        error={close.error}
        returnFocus={() => document.getElementById('main')}
      />
    </div>
  );
}
