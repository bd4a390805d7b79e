import { useTranslation } from '../../../lib/use-translation';
import type { Reflection } from '../../../../contracts/reflections';
import { RUNGS } from './form-fields';

type LadderForm = Extract<NonNullable<Reflection['form']>, { type: 'ladder_of_inference' }>;

/**
 * The rungs of a ladder of inference as written, the empty ones left out: the reflection's own
 * page and its read-only view (shared) show them alike.
 *
 * @example <LadderRungs form={form} />
 */
export function LadderRungs({ form }: { form: LadderForm }) {
  const { t } = useTranslation();
  return (
    <ol className="flex flex-col gap-3">
      {RUNGS.filter((rung) => form[rung].trim()).map((rung) => (
        <li key={rung} className="border-l-2 border-accent/40 pl-4">
          <p className="text-sm font-medium text-ink-muted">{t(`journal.ladder.${rung}`)}</p>
          <p className="max-w-prose font-serif leading-relaxed whitespace-pre-line text-ink">
            {form[rung]}
          </p>
        </li>
      ))}
    </ol>
  );
}
