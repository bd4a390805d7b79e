import { X } from 'lucide-react';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import {
  CreateFeedbackRequestBody,
  type CreatedFeedbackRequest,
} from '../../../../contracts/feedback';
import { Button } from '../../../components/ui/button';
import { Dialog, DialogActions } from '../../../components/ui/dialog';
import { FieldMessages, describedBy } from '../../../components/ui/field-messages';
import { FormAlert } from '../../../components/ui/form-alert';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useCurrentUser } from '../../../lib/session';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useColleagues, useCreateFeedbackRequest } from '../api';
import { useActiveAspirations } from '../../../lib/use-active-aspirations';
import { withEmail } from '../feedback-view';

const FIELDS = ['question', 'aspirationId', 'recipients'] as const;

/**
 * Asks for feedback: an open question, optionally about one of my aspirations, whether colleagues
 * may answer anonymously, and whom to ask (colleagues by name, who answer signed in; anyone by
 * email, who gets a link). On success the caller gets the links, which are shown only then, and
 * how many colleagues were asked.
 */
export function RequestDialog({
  open,
  onOpenChange,
  onCreated,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (created: CreatedFeedbackRequest, colleagueCount: number) => void;
}) {
  const { t } = useTranslation();
  const { data: me } = useCurrentUser();
  const colleagues = useColleagues(me?.id ?? '', open && me !== undefined);
  const aspirations = useActiveAspirations(open);
  const create = useCreateFeedbackRequest();
  const [question, setQuestion] = useState('');
  const [aspirationId, setAspirationId] = useState('');
  const [anonymousAllowed, setAnonymousAllowed] = useState(true);
  const [chosen, setChosen] = useState<string[]>([]);
  const [emails, setEmails] = useState<string[]>([]);
  const [emailText, setEmailText] = useState('');
  const [emailError, setEmailError] = useState<string | null>(null);
  const { formRef, fieldErrors, general, validate, showApiError, show, clear } =
    useFormErrors(FIELDS);
  const colleaguesId = useId();
  const emailInput = useRef<HTMLInputElement>(null);

  const reset = () => {
    setQuestion('');
    setAspirationId('');
    setAnonymousAllowed(true);
    setChosen([]);
    setEmails([]);
    setEmailText('');
    setEmailError(null);
    show({});
    create.reset();
  };
  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) reset();
  };

  const addEmail = () => {
    if (!emailText.trim()) return;
    const next = withEmail(emails, emailText);
    if (!next) {
      setEmailError(t('feedback.new.emailInvalid'));
      return;
    }
    setEmails(next);
    setEmailText('');
    setEmailError(null);
  };
  const onEmailKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      addEmail();
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    // An address typed but not yet added counts, as a person would expect.
    const pendingEmail = emailText.trim() ? withEmail(emails, emailText) : emails;
    if (!pendingEmail) {
      setEmailError(t('feedback.new.emailInvalid'));
      emailInput.current?.focus();
      return;
    }
    const body = {
      question: question.trim(),
      aspirationId: aspirationId || undefined,
      anonymousAllowed,
      recipients: [
        ...chosen.map((userId) => ({ userId })),
        ...pendingEmail.map((email) => ({ email })),
      ],
    };
    if (!question.trim() || body.recipients.length === 0) {
      show({
        question: question.trim() ? undefined : t('feedback.new.questionRequired'),
        recipients: body.recipients.length === 0 ? t('feedback.new.recipientsRequired') : undefined,
      });
      return;
    }
    if (!validate(CreateFeedbackRequestBody, body)) return;
    create.mutate(body, {
      onSuccess: (created) => {
        onCreated(created, chosen.length);
        close(false);
      },
      onError: showApiError,
    });
  };

  const people = colleagues.data ?? [];
  const noColleagues = colleagues.data !== undefined && people.length === 0;

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={t('feedback.new.title')}
      description={t('feedback.new.description')}
      className="sm:max-w-lg"
    >
      <form ref={formRef} noValidate onSubmit={onSubmit} className="flex flex-col gap-5">
        {general ? <FormAlert>{general}</FormAlert> : null}
        <TextareaField
          label={t('feedback.new.question')}
          name="question"
          rows={3}
          prose
          maxLength={1000}
          value={question}
          onChange={(event) => {
            setQuestion(event.target.value);
            clear('question');
          }}
          hint={t('feedback.new.questionHint')}
          error={fieldErrors.question}
        />
        <SelectField
          label={t('feedback.new.aspiration')}
          name="aspirationId"
          value={aspirationId}
          onChange={(event) => setAspirationId(event.target.value)}
          options={[
            { value: '', label: t('feedback.new.aspirationNone') },
            ...(aspirations.data ?? []).map((a) => ({ value: a.id, label: a.title })),
          ]}
          hint={t('feedback.new.aspirationHint')}
          error={fieldErrors.aspirationId}
        />
        <label className="flex items-start gap-3">
          <input
            type="checkbox"
            name="anonymousAllowed"
            checked={anonymousAllowed}
            onChange={(event) => setAnonymousAllowed(event.target.checked)}
            className="mt-0.5 size-5 shrink-0 cursor-pointer accent-accent"
          />
          <span className="flex flex-col gap-0.5">
            <span className="text-sm font-medium text-ink">{t('feedback.new.anonymous')}</span>
            <span className="text-sm text-ink-muted">{t('feedback.new.anonymousHint')}</span>
          </span>
        </label>

        {people.length > 0 ? (
          <fieldset
            className="flex flex-col gap-2"
            aria-describedby={describedBy([
              [`${colleaguesId}-hint`, true],
              [`${colleaguesId}-error`, Boolean(fieldErrors.recipients)],
            ])}
          >
            <legend className="mb-1 text-sm font-medium text-ink">
              {t('feedback.new.colleagues')}
            </legend>
            <ul className="flex max-h-48 flex-col gap-1 overflow-y-auto rounded-lg border border-line p-2">
              {people.map((person) => (
                <li key={person.id}>
                  <label className="flex cursor-pointer items-center gap-3 rounded-md px-2 py-1.5 hover:bg-sunken">
                    <input
                      type="checkbox"
                      // The first box carries the field's name, so an error can focus it.
                      name={person === people[0] ? 'recipients' : undefined}
                      checked={chosen.includes(person.id)}
                      onChange={(event) => {
                        const checked = event.target.checked;
                        setChosen((current) =>
                          checked
                            ? [...current, person.id]
                            : current.filter((id) => id !== person.id),
                        );
                        clear('recipients');
                      }}
                      className="size-4 shrink-0 cursor-pointer accent-accent"
                    />
                    <span className="min-w-0 text-[0.9375rem] text-ink">
                      {person.name}{' '}
                      <span className="text-sm text-ink-muted">({person.orgNames.join(', ')})</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            <FieldMessages
              hint={t('feedback.new.colleaguesHint')}
              hintId={`${colleaguesId}-hint`}
              error={fieldErrors.recipients}
              errorId={`${colleaguesId}-error`}
            />
          </fieldset>
        ) : null}

        <div className="flex flex-col gap-2">
          <div className="flex items-start gap-2">
            <TextField
              ref={emailInput}
              label={noColleagues ? t('feedback.new.emailOnly') : t('feedback.new.email')}
              name={people.length === 0 ? 'recipients' : 'email'}
              type="email"
              inputMode="email"
              autoComplete="off"
              spellCheck={false}
              maxLength={254}
              value={emailText}
              onChange={(event) => {
                setEmailText(event.target.value);
                setEmailError(null);
                clear('recipients');
              }}
              onKeyDown={onEmailKey}
              hint={noColleagues ? t('feedback.new.noColleagues') : t('feedback.new.emailHint')}
              error={emailError ?? (people.length === 0 ? fieldErrors.recipients : undefined)}
              className="flex-1"
            />
            <Button className="mt-7" onClick={addEmail}>
              {t('feedback.new.emailAdd')}
            </Button>
          </div>
          {emails.length > 0 ? (
            <ul aria-label={t('feedback.new.emails')} className="flex flex-wrap gap-1.5">
              {emails.map((email) => (
                <li
                  key={email}
                  className="inline-flex items-center gap-1 rounded-full bg-accent-soft py-0.5 pr-1 pl-3 text-sm text-accent-ink"
                >
                  <span className="break-all">{email}</span>
                  <button
                    type="button"
                    aria-label={t('feedback.new.removeEmail', { email })}
                    onClick={() => setEmails((current) => current.filter((e) => e !== email))}
                    className="inline-flex size-6 items-center justify-center rounded-full hover:bg-accent/15"
                  >
                    <X aria-hidden className="size-3.5" />
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>

        <DialogActions>
          <Button onClick={() => close(false)}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" loading={create.isPending}>
            {t('feedback.new.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
