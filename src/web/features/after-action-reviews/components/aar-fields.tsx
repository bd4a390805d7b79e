import { useTranslation } from '../../../lib/use-translation';
import { MAX_AAR_TEXT, MAX_AAR_TITLE, type Aar } from '../../../../contracts/after-action-reviews';
import { TextField } from '../../../components/ui/text-field';
import type { FieldErrors } from '../../../lib/form-errors';
import { MarkdownField } from '../../../components/patterns/markdown-field';

/** The four questions of an after-action review, in the order they are asked. */
export const QUESTIONS = ['expected', 'happened', 'whyDifferent', 'nextTime'] as const;
export type Question = (typeof QUESTIONS)[number];

export const AAR_FIELDS = ['title', 'date', ...QUESTIONS] as const;
export type AarField = (typeof AAR_FIELDS)[number];
export type AarDraft = Record<AarField, string>;

/** A review's text as a draft to edit, or an empty one dated `today`. */
export function draftOf(aar: Aar | null, today: string): AarDraft {
  return {
    title: aar?.title ?? '',
    date: aar?.date ?? today,
    expected: aar?.expected ?? '',
    happened: aar?.happened ?? '',
    whyDifferent: aar?.whyDifferent ?? '',
    nextTime: aar?.nextTime ?? '',
  };
}

/** What was reviewed and when, then the four questions, each in Markdown with a preview. */
export function AarFields({
  draft,
  onChange,
  errors,
  today,
}: {
  draft: AarDraft;
  onChange: (draft: AarDraft) => void;
  errors: FieldErrors<AarField>;
  today: string;
}) {
  const { t } = useTranslation();
  const set = (field: AarField) => (value: string) => onChange({ ...draft, [field]: value });
  return (
    <div className="flex flex-col gap-6">
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_12rem]">
        <TextField
          label={t('teamLearning.aar.titleField')}
          name="title"
          value={draft.title}
          maxLength={MAX_AAR_TITLE}
          autoComplete="off"
          hint={t('teamLearning.aar.titleHint')}
          error={errors.title}
          onChange={(event) => set('title')(event.target.value)}
        />
        <TextField
          type="date"
          label={t('teamLearning.aar.dateField')}
          name="date"
          value={draft.date}
          max={today}
          error={errors.date}
          onChange={(event) => set('date')(event.target.value)}
        />
      </div>
      {QUESTIONS.map((question) => (
        <MarkdownField
          key={question}
          label={t(`teamLearning.aar.questions.${question}`)}
          name={question}
          value={draft[question]}
          onChange={set(question)}
          hint={t(`teamLearning.aar.hints.${question}`)}
          error={errors[question]}
          words={{
            view: t('teamLearning.markdown.view', {
              field: t(`teamLearning.aar.questions.${question}`),
            }),
            write: t('teamLearning.markdown.write'),
            preview: t('teamLearning.markdown.preview'),
            nothing: t('teamLearning.markdown.nothing'),
            previewRegion: t('teamLearning.markdown.previewOf', {
              field: t(`teamLearning.aar.questions.${question}`),
            }),
          }}
          previewClassName="min-h-32 bg-paper"
          hintBelow
          maxLength={MAX_AAR_TEXT}
          large
        />
      ))}
    </div>
  );
}
