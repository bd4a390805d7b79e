import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { PROMPT_THEMES } from '../../../../core/prompt-themes';
import { SelectField } from '../../../components/ui/select-field';
import { usePrompts } from '../api';

/** An optional prompt from the library, chosen by theme; read-only once saved. */
export function PromptPicker({
  promptId,
  onChange,
  readOnly = false,
}: {
  promptId: string;
  onChange?: (promptId: string) => void;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const prompts = usePrompts();
  const chosen = prompts.data?.find((prompt) => prompt.id === promptId) ?? null;
  // Until a theme is picked here, the chosen prompt's (one may arrive in the URL before the list).
  const [picked, setTheme] = useState<string | null>(null);
  const theme = picked ?? chosen?.theme ?? '';
  const inTheme = (prompts.data ?? []).filter((prompt) => prompt.theme === theme);
  if (readOnly) {
    return chosen ? (
      <div className="flex flex-col gap-1 border-l-2 border-accent/40 pl-4">
        <p className="text-sm text-ink-muted">{t('journal.editor.answering')}</p>
        <p className="max-w-prose font-serif text-lg leading-snug text-ink">{chosen.text}</p>
      </div>
    ) : null;
  }
  return (
    <div className="flex flex-col gap-3">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t('journal.editor.promptTheme')}
          value={theme}
          onChange={(event) => {
            setTheme(event.target.value);
            onChange?.('');
          }}
          options={[
            { value: '', label: t('journal.editor.noPrompt') },
            ...PROMPT_THEMES.map((value) => ({ value, label: t(`journal.themes.${value}`) })),
          ]}
        />
        {theme ? (
          <SelectField
            label={t('journal.editor.prompt')}
            value={promptId}
            onChange={(event) => onChange?.(event.target.value)}
            options={[
              { value: '', label: t('journal.editor.choosePrompt') },
              ...inTheme.map((prompt) => ({ value: prompt.id, label: prompt.text })),
            ]}
          />
        ) : null}
      </div>
      {chosen ? (
        <div className="flex flex-col gap-1 border-l-2 border-accent/40 pl-4">
          <p className="max-w-prose font-serif text-lg leading-snug text-ink">{chosen.text}</p>
          <p className="max-w-prose text-sm text-ink-muted">
            {t('today.prompt.why', { why: chosen.why })}
          </p>
        </div>
      ) : null}
    </div>
  );
}
