import { clsx } from 'clsx';
import { MessageSquareHeart } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { FeedbackAnswerBody, LinkAnswerBody, MAX_GIVER_NAME } from '../../../../contracts/feedback';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useFormErrors } from '../../../lib/use-form-errors';

const FIELDS = ['name', 'situation', 'behavior', 'impact', 'suggestion', 'anonymous'] as const;

/**
 * How the person answers: through a link (with the name they type, or anonymously through a link
 * the server mailed where the request allows), or signed in.
 */
export type Giver = { kind: 'link' | 'colleague'; anonymousAllowed: boolean };

/** What the answer is to: the question, who asks it, and the aspiration it is about. */
export type AnswerTo = { question: string; requesterName: string; aspirationTitle: string | null };

type Body = FeedbackAnswerBody | (LinkAnswerBody & { name: string });

/**
 * The one answer form for both ways of answering: the question, then Situation–Behavior–Impact
 * with an optional suggestion. Through a link it asks for the giver's name and says plainly that
 * the answer carries it; signed in it offers "with my name" or (where allowed) "anonymously".
 * `onSend` sends the body and reports a failure back, shown on the fields it concerns.
 */
export function SbiAnswerForm({
  to,
  giver,
  pending,
  onSend,
}: {
  to: AnswerTo;
  giver: Giver;
  pending: boolean;
  onSend: (body: Body, onError: (error: unknown) => void) => void;
}) {
  const { t } = useTranslation();
  const [anonymous, setAnonymous] = useState(false);
  const { formRef, fieldErrors, general, validate, showApiError, clear } = useFormErrors(FIELDS);
  const sendAsId = useId();
  const name = to.requesterName;
  const mayBeAnonymous = giver.anonymousAllowed;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    const text = (field: string) => String(data.get(field) ?? '').trim();
    const sbi = {
      situation: text('situation'),
      behavior: text('behavior'),
      impact: text('impact'),
      suggestion: text('suggestion') || undefined,
    };
    const required = {
      situation: t('feedback.answer.situationRequired'),
      behavior: t('feedback.answer.behaviorRequired'),
      impact: t('feedback.answer.impactRequired'),
    };
    if (giver.kind === 'link' && mayBeAnonymous && anonymous) {
      if (validate(LinkAnswerBody, { ...sbi, anonymous: true, name: undefined }, required)) {
        onSend({ ...sbi, anonymous: true, name: '' }, showApiError);
      }
    } else if (giver.kind === 'link') {
      const body = { ...sbi, name: text('name') };
      const valid = validate(
        LinkAnswerBody,
        { ...body, anonymous: undefined },
        {
          name: t('feedback.answer.nameRequired'),
          ...required,
        },
      );
      if (valid) onSend(body, showApiError);
    } else {
      const body = { ...sbi, anonymous: mayBeAnonymous && anonymous };
      if (validate(FeedbackAnswerBody, { ...body, name: undefined }, required)) {
        onSend(body, showApiError);
      }
    }
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
          {to.question}
        </blockquote>
        {to.aspirationTitle ? (
          <p className="text-[0.9375rem] text-ink-muted">
            {t('feedback.answer.about', { title: to.aspirationTitle })}
          </p>
        ) : null}
        <p className="max-w-prose text-[0.9375rem] text-ink-muted">
          {t('feedback.answer.explain')}
        </p>
      </header>
      <form ref={formRef} noValidate onSubmit={submit} className="flex flex-col gap-5">
        {general ? <FormAlert>{general}</FormAlert> : null}
        {giver.kind === 'link' && !(mayBeAnonymous && anonymous) ? (
          <>
            <p className="max-w-prose rounded-lg border border-line bg-sunken px-4 py-3 text-[0.9375rem] text-ink">
              {t('feedback.answer.carriesName', { name })}
            </p>
            <TextField
              label={t('feedback.answer.name')}
              name="name"
              autoComplete="name"
              maxLength={MAX_GIVER_NAME}
              required
              onChange={() => clear('name')}
              hint={t('feedback.answer.nameHint', { name })}
              error={fieldErrors.name}
            />
          </>
        ) : null}
        {(['situation', 'behavior', 'impact'] as const).map((field) => (
          <TextareaField
            key={field}
            label={t(`feedback.answer.${field}`)}
            name={field}
            rows={3}
            prose
            maxLength={2000}
            required
            onChange={() => clear(field)}
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
        {mayBeAnonymous ? (
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
                        ? t('feedback.answer.anonymousHint', { name })
                        : t('feedback.answer.namedHint', { name })}
                    </span>
                  </span>
                </label>
              );
            })}
          </fieldset>
        ) : giver.kind === 'colleague' ? (
          <p className="text-sm text-ink-muted">{t('feedback.answer.namedOnly', { name })}</p>
        ) : null}
        <div>
          <Button type="submit" variant="primary" loading={pending}>
            {t('feedback.answer.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
