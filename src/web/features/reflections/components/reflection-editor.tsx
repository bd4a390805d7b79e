import { clsx } from 'clsx';
import { Check, ChevronRight } from 'lucide-react';
import { useEffect, useEffectEvent, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { useNavigate, useSearchParams } from 'react-router';
import type {
  CreateReflectionBody,
  Reflection,
  ReflectionForm,
  ReflectionKind,
} from '../../../../contracts/reflections';
import { Button } from '../../../components/ui/button';
import { EmotionWords } from '../../../components/ui/emotion-words';
import { FormAlert } from '../../../components/ui/form-alert';
import { MoodGrid } from '../../../components/ui/mood-grid';
import { TagInput } from '../../../components/ui/tag-input';
import { TextField } from '../../../components/ui/text-field';
import { describeError } from '../../../lib/form-errors';
import { formatCalendarDate, timeZoneOffset } from '../../../lib/format';
import type { MoodPoint } from '../../../lib/mood-grid';
import { moodSentence } from '../../../lib/mood-words';
import { useTodayIn } from '../../../lib/use-today';
import { useCreateReflection, useUpdateReflection } from '../api';
import { BodyField } from './body-field';
import { DeleteReflection } from './delete-reflection';
import {
  emptyForm,
  formHasText,
  LadderFields,
  LeftHandColumnFields,
  type Ladder,
  type LeftHandColumn,
} from './form-fields';
import { KindChooser } from './kind-chooser';
import { PromptPicker } from './prompt-picker';

interface Draft {
  kind: ReflectionKind;
  date: string;
  promptId: string;
  title: string;
  body: string;
  mood: MoodPoint | null;
  emotions: string[];
  tags: string[];
  form: ReflectionForm | null;
}

const AUTOSAVE_DELAY = 800;

/** What autosave sends: everything that can change after the first save. */
const patchOf = (draft: Draft) => ({
  title: draft.title,
  body: draft.body,
  mood: draft.mood,
  emotions: draft.emotions,
  tags: draft.tags,
  form: draft.form,
});

/** Noon of a calendar date in a time zone, as an ISO instant with its offset. */
function noonIn(date: string, timeZone: string): string {
  const offset = timeZoneOffset(timeZone, new Date(`${date}T12:00:00Z`)).replace('GMT', '');
  return `${date}T12:00:00${offset || 'Z'}`;
}

/**
 * Writing or changing a reflection. A new one is saved with "Save" and from then on, like an
 * existing one, saves itself a moment after each change, with a quiet "Saved".
 */
export function ReflectionEditor({
  reflection,
  timeZone,
}: {
  reflection: Reflection | null;
  timeZone: string;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const today = useTodayIn(timeZone);
  // A new reflection may start from a prompt chosen elsewhere (the practice library).
  const [search] = useSearchParams();
  const [draft, setDraft] = useState<Draft>(() =>
    reflection
      ? {
          kind: reflection.kind,
          date: reflection.date,
          promptId: reflection.promptId ?? '',
          title: reflection.title,
          body: reflection.body,
          mood: reflection.mood,
          emotions: reflection.emotions,
          tags: reflection.tags,
          form: reflection.form,
        }
      : {
          kind: 'daily',
          date: today,
          promptId: search.get('prompt') ?? '',
          title: search.get('title') ?? '',
          body: '',
          mood: null,
          emotions: [],
          tags: [],
          form: null,
        },
  );
  const [savedId, setSavedId] = useState<string | null>(reflection?.id ?? null);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const [saveError, setSaveError] = useState<string | null>(null);
  // The quiet row below the text: open when it already holds a choice (a prompt chosen in the
  // library or on Today).
  const [moreOpen, setMoreOpen] = useState(() => draft.promptId !== '');
  const moreId = useId();
  const [missing, setMissing] = useState(false);
  const create = useCreateReflection();
  const update = useUpdateReflection();
  const headingId = useId();

  // Autosave: the latest draft, what the server last accepted, one save at a time.
  const latest = useRef(draft);
  const lastSaved = useRef(JSON.stringify(patchOf(draft)));
  const inFlight = useRef(false);
  const again = useRef(false);
  const flush = useEffectEvent(async (): Promise<void> => {
    if (!savedId) return;
    const patch = patchOf(latest.current);
    const snapshot = JSON.stringify(patch);
    if (snapshot === lastSaved.current) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    setStatus('saving');
    try {
      await update.mutateAsync({ id: savedId, ...patch });
      lastSaved.current = snapshot;
      setStatus('saved');
      setSaveError(null);
    } catch (error) {
      setStatus('error');
      setSaveError(describeError(error, t));
    } finally {
      inFlight.current = false;
      if (again.current) {
        again.current = false;
        void flush();
      }
    }
  });

  useEffect(() => {
    latest.current = draft;
    if (!savedId) return;
    const timer = window.setTimeout(() => void flush(), AUTOSAVE_DELAY);
    return () => window.clearTimeout(timer);
  }, [draft, savedId]);
  // Leaving the page saves what was typed last.
  useEffect(() => () => void flush(), []);

  const change = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setMissing(false);
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (savedId || create.isPending) return;
    if (!draft.body.trim() && !formHasText(draft.form)) {
      setMissing(true);
      return;
    }
    const body: CreateReflectionBody = {
      kind: draft.kind,
      body: draft.body,
      ...(draft.title.trim() ? { title: draft.title } : {}),
      ...(draft.promptId ? { promptId: draft.promptId } : {}),
      ...(draft.mood ? { mood: draft.mood } : {}),
      ...(draft.emotions.length > 0 ? { emotions: draft.emotions } : {}),
      ...(draft.tags.length > 0 ? { tags: draft.tags } : {}),
      ...(draft.form ? { form: draft.form } : {}),
      ...(draft.date && draft.date !== today ? { at: noonIn(draft.date, timeZone) } : {}),
    };
    create.mutate(body, {
      onSuccess: (created) => {
        lastSaved.current = JSON.stringify(patchOf(latest.current));
        setSavedId(created.id);
        setStatus('saved');
        // The same route and component: the page stays, and goes on saving itself.
        void navigate(`/journal/${created.id}?edit`, { replace: true });
      },
    });
  };

  // The editor saves what is left as it closes (see above); the reading view updates after.
  const done = () => {
    if (savedId) void navigate(`/journal/${savedId}`);
  };

  const isForm = draft.kind === 'left_hand_column' || draft.kind === 'ladder_of_inference';

  const moodAndTags = (
    <>
      <section
        aria-labelledby={`${headingId}-mood`}
        className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-4 sm:p-5"
      >
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id={`${headingId}-mood`} className="text-[0.9375rem] font-semibold text-ink">
            {t('journal.editor.mood')}
          </h2>
          {draft.mood ? (
            <Button variant="ghost" size="sm" onClick={() => change({ mood: null })}>
              {t('journal.editor.clearMood')}
            </Button>
          ) : null}
        </div>
        <MoodGrid value={draft.mood} onChange={(mood) => change({ mood })} />
        <p className="text-center text-sm font-medium text-ink tabular-nums">
          {draft.mood
            ? moodSentence(draft.mood, t, { feelings: draft.emotions, capitalized: true })
            : t('journal.editor.noMood')}
        </p>
        <EmotionWords
          point={draft.mood}
          emotions={draft.emotions}
          onToggle={(word) =>
            change({
              emotions: draft.emotions.includes(word)
                ? draft.emotions.filter((w) => w !== word)
                : [...draft.emotions, word].slice(0, 12),
            })
          }
        />
      </section>

      <TagInput
        label={t('journal.editor.tags')}
        tags={draft.tags}
        onChange={(tags) => change({ tags })}
      />
    </>
  );

  return (
    <form noValidate onSubmit={save} aria-labelledby={headingId} className="flex flex-col gap-8">
      <header className="flex flex-col gap-2">
        <h1 id={headingId} className="text-3xl font-semibold tracking-tight text-ink">
          {savedId ? t('journal.editor.editTitle') : t('journal.editor.newTitle')}
        </h1>
        <p className="max-w-prose text-ink-muted">
          {savedId
            ? t('journal.editor.autosaveNote', { kind: t(`journal.kinds.${draft.kind}`) })
            : t('journal.editor.lead')}
        </p>
      </header>

      <BodyField
        label={isForm ? t('journal.editor.notes') : t('journal.editor.body')}
        hint={t('journal.editor.bodyHint')}
        value={draft.body}
        onChange={(body) => change({ body })}
        error={missing ? t('journal.editor.empty') : undefined}
        autoFocus={!savedId}
      />

      {savedId ? null : (
        <div className="rounded-xl border border-line bg-surface">
          <button
            type="button"
            aria-expanded={moreOpen}
            aria-controls={moreId}
            onClick={() => setMoreOpen((open) => !open)}
            className="flex w-full items-center gap-2 rounded-xl px-4 py-3 text-left text-[0.9375rem] text-ink-muted hover:text-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus sm:px-5"
          >
            <ChevronRight
              aria-hidden="true"
              className={clsx('size-4 shrink-0 transition-transform', moreOpen && 'rotate-90')}
            />
            {t('journal.editor.moreSummary', {
              kind: t(`journal.kinds.${draft.kind}`),
              date: formatCalendarDate(draft.date, i18n.language, {
                weekday: 'short',
                day: 'numeric',
                month: 'short',
              }),
            })}
          </button>
          {moreOpen ? (
            <div id={moreId} className="flex flex-col gap-6 border-t border-line px-4 py-4 sm:px-5">
              <KindChooser
                value={draft.kind}
                onChange={(kind) =>
                  change({
                    kind,
                    form: kind === draft.form?.type ? draft.form : emptyForm(kind),
                  })
                }
              />
              <div className="grid gap-4 sm:grid-cols-2">
                <TextField
                  label={t('journal.editor.date')}
                  type="date"
                  value={draft.date}
                  max={today}
                  required
                  onChange={(event) => change({ date: event.target.value || today })}
                />
              </div>
              <PromptPicker
                promptId={draft.promptId}
                onChange={(promptId) => change({ promptId })}
              />

              {moodAndTags}
            </div>
          ) : null}
        </div>
      )}

      {savedId ? <PromptPicker promptId={draft.promptId} readOnly /> : null}

      <TextField
        label={t('journal.editor.titleLabel')}
        value={draft.title}
        maxLength={200}
        onChange={(event) => change({ title: event.target.value })}
      />

      {isForm && draft.form ? (
        <section aria-labelledby={`${headingId}-form`} className="flex flex-col gap-4">
          <h2 id={`${headingId}-form`} className="text-lg font-semibold tracking-tight text-ink">
            {t(`journal.kinds.${draft.kind}`)}
          </h2>
          <p className="max-w-prose text-[0.9375rem] text-ink-muted">
            {t(`journal.kindHelp.${draft.kind}`)}
          </p>
          {draft.form.type === 'left_hand_column' ? (
            <LeftHandColumnFields
              form={draft.form}
              onChange={(form: LeftHandColumn) => change({ form })}
            />
          ) : (
            <LadderFields form={draft.form} onChange={(form: Ladder) => change({ form })} />
          )}
        </section>
      ) : null}

      {savedId ? moodAndTags : null}

      {create.isError ? <FormAlert>{describeError(create.error, t)}</FormAlert> : null}
      <div className="sticky bottom-20 z-10 flex flex-wrap items-center justify-between gap-3 rounded-xl border border-line bg-surface/95 px-4 py-3 shadow-float md:bottom-4">
        <p role="status" className="flex min-w-0 items-center gap-1.5 text-sm text-ink-muted">
          {status === 'saved' ? <Check aria-hidden className="size-4 text-accent-ink" /> : null}
          {status === 'saving'
            ? t('journal.editor.saving')
            : status === 'saved'
              ? t('common.saved')
              : status === 'error'
                ? t('journal.editor.notSaved', { reason: saveError })
                : ''}
        </p>
        <div className="flex flex-wrap gap-2">
          {savedId ? (
            <>
              <DeleteReflection id={savedId} size="md" />
              <Button variant="primary" onClick={done}>
                {t('journal.editor.done')}
              </Button>
            </>
          ) : (
            <>
              <Button variant="ghost" onClick={() => void navigate('/journal')}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" variant="primary" loading={create.isPending}>
                {t('journal.editor.save')}
              </Button>
            </>
          )}
        </div>
      </div>
    </form>
  );
}
