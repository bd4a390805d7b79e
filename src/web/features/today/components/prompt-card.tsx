import { Check, PenLine } from 'lucide-react';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { Today } from '../../../../contracts/today';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { TextareaField } from '../../../components/ui/textarea-field';
import { describeError } from '../../../lib/form-errors';
import { usePromptAnswer, useSaveAnswer } from '../api';
import { LimitingText } from '../../../components/ui/limiting-text';
import { SupportNotice } from '../../../components/ui/support-notice';

/**
 * "One question for today": the prompt, why it is asked (quietly), and a box to answer it in a
 * few lines. Saving writes a daily reflection; then the answer is shown as written, with any
 * limiting language gently marked, and can be edited.
 */
export function PromptCard({ today }: { today: Today }) {
  const { t } = useTranslation();
  const headingId = useId();
  const promptId = useId();
  const { prompt, date } = today;
  const answer = usePromptAnswer(date, prompt.id, today.answeredPrompt);
  const save = useSaveAnswer(date, prompt.id);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [justSaved, setJustSaved] = useState(false);

  const saved = save.data ?? answer.data ?? null;
  const writing = editing || !saved;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (save.isPending) return;
    if (!draft.trim()) {
      setError(t('today.prompt.empty'));
      return;
    }
    setError(null);
    save.mutate(
      { id: saved?.id ?? null, body: draft.trim() },
      {
        onSuccess: () => {
          setEditing(false);
          setJustSaved(true);
        },
      },
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) submit();
  };

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-5 sm:p-6"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
          {t('today.prompt.title')}
        </h2>
        {saved && !editing ? (
          <span className="inline-flex items-center gap-1.5 text-sm text-accent-ink">
            <Check aria-hidden className="size-4" />
            {t('today.prompt.answered')}
          </span>
        ) : null}
      </div>
      <div className="flex flex-col gap-1.5">
        <p id={promptId} className="max-w-prose font-serif text-xl leading-snug text-ink">
          {prompt.text}
        </p>
        <p className="max-w-prose text-sm text-ink-muted">
          {t('today.prompt.why', { why: prompt.why })}
        </p>
      </div>
      {today.answeredPrompt && answer.isPending && !save.data ? null : writing ? (
        <form noValidate onSubmit={submit} className="flex flex-col gap-3">
          {save.isError ? <FormAlert>{describeError(save.error, t)}</FormAlert> : null}
          <TextareaField
            label={t('today.prompt.answerLabel')}
            hideLabel
            prose
            rows={3}
            name="body"
            placeholder={t('today.prompt.placeholder')}
            value={draft}
            error={error ?? undefined}
            onChange={(event) => {
              setDraft(event.target.value);
              if (error) setError(null);
            }}
            onKeyDown={onKeyDown}
          />
          <div className="flex flex-wrap items-center justify-end gap-2">
            {editing ? (
              <Button variant="ghost" onClick={() => setEditing(false)}>
                {t('common.cancel')}
              </Button>
            ) : null}
            <Button type="submit" variant="primary" loading={save.isPending}>
              {t('today.prompt.save')}
            </Button>
          </div>
        </form>
      ) : saved ? (
        <div className="flex flex-col gap-3">
          <SupportNotice show={saved.support} />
          <LimitingTextWithStatus
            body={saved.body}
            findings={saved.limitingLanguage}
            justSaved={justSaved}
            onEdit={() => {
              setDraft(saved.body);
              setJustSaved(false);
              setEditing(true);
            }}
          />
        </div>
      ) : null}
    </section>
  );
}

function LimitingTextWithStatus({
  body,
  findings,
  justSaved,
  onEdit,
}: {
  body: string;
  findings: Parameters<typeof LimitingText>[0]['findings'];
  justSaved: boolean;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const editRef = useRef<HTMLButtonElement>(null);
  // The box that had focus is gone once the answer is saved: keep the keyboard nearby.
  useEffect(() => {
    if (justSaved) editRef.current?.focus({ preventScroll: true });
  }, [justSaved]);
  return (
    <>
      <LimitingText body={body} findings={findings} />
      <div className="flex items-center justify-between gap-3">
        <span role="status" className="text-sm text-ink-muted">
          {justSaved ? t('today.prompt.saved') : ''}
        </span>
        <Button
          ref={editRef}
          variant="ghost"
          size="sm"
          icon={<PenLine aria-hidden className="size-4" />}
          onClick={onEdit}
        >
          {t('today.prompt.edit')}
        </Button>
      </div>
    </>
  );
}
