import { useTranslation } from '../../../lib/use-translation';
import type { LibraryKind } from '../../../../contracts/library';
import { MAX_ITEM_TITLE } from '../../../../contracts/programs';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';

/** What a curriculum item says: prompt or practice, its title and its Markdown text. */
export type ItemText = { kind: LibraryKind; title: string; body: string };

/**
 * The fields of one curriculum item — kind, title, text — as the "Add to curriculum" dialog and
 * each item of the week dialog show them. `name` prefixes the inputs' names (`items.0.` gives
 * `items.0.title`) so that a form's errors can focus the field they are about.
 *
 * @example <ItemFields value={item} onChange={(patch) => change(item.key, patch)} name={`items.${i}.`} />
 */
export function ItemFields({
  value,
  onChange,
  name = '',
  errors = {},
  aside,
}: {
  value: ItemText;
  onChange: (patch: Partial<ItemText>) => void;
  name?: string;
  errors?: Partial<Record<keyof ItemText, string>>;
  /** Beside the kind (the week dialog's "Remove item N"). */
  aside?: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <SelectField
          label={t('programs.curriculum.kind')}
          name={`${name}kind`}
          value={value.kind}
          options={[
            { value: 'prompt', label: t('programs.curriculum.prompt') },
            { value: 'practice', label: t('programs.curriculum.practice') },
          ]}
          error={errors.kind}
          onChange={(e) =>
            onChange({ kind: e.target.value === 'practice' ? 'practice' : 'prompt' })
          }
        />
        {aside}
      </div>
      <TextField
        label={t('programs.curriculum.titleField')}
        name={`${name}title`}
        value={value.title}
        maxLength={MAX_ITEM_TITLE}
        autoComplete="off"
        error={errors.title}
        onChange={(e) => onChange({ title: e.target.value })}
      />
      <TextareaField
        label={t('programs.curriculum.body')}
        name={`${name}body`}
        value={value.body}
        hint={t('programs.form.markdownHint')}
        error={errors.body}
        onChange={(e) => onChange({ body: e.target.value })}
      />
    </>
  );
}
