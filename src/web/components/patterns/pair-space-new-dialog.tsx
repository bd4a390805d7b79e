import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  ColleaguePicker,
  firstColleagueChoice,
  type ColleagueChoice,
} from '../ui/colleague-picker';
import { useToast } from '../ui/toast';
import { existingIdOf } from '../../lib/api-client';
import type { OrgColleagues } from '../../lib/colleagues';
import type { FieldErrors } from '../../lib/form-errors';
import { useDraftOnOpen } from '../../lib/use-draft-on-open';
import { EditTextDialog, type FormValidate, type SaveMutation } from './edit-text-dialog';

type NewWord = 'title' | 'description' | 'submit' | 'org' | 'colleague' | 'started' | 'exists';

type PickerField = 'orgId' | 'colleagueId';

/**
 * Starts a space with a colleague (picked by organization, then by name) and opens it; when
 * the two already have one (the API answers `existsCode` with its id) it opens that one instead.
 * `children` are the space's own fields, after the picker; `prepare` adds their values to the
 * choice and checks them.
 *
 * @example
 * <PairSpaceNewDialog open={open} onOpenChange={onOpenChange} orgs={orgs} words="oneOnOnes.new"
 *   fields={['title']} mutation={useStartSpace()} existsCode="one_on_one_exists"
 *   pathOf={(id) => `/one-on-ones/${id}`}
 *   prepare={(choice, validate) => (validate(Body, { ...choice, title }) ? { ...choice, title } : null)}>
 *   {(errors) => <TextField name="title" error={errors.title} … />}
 * </PairSpaceNewDialog>
 */
export function PairSpaceNewDialog<F extends string, V>({
  open,
  onOpenChange,
  orgs,
  words,
  fields,
  mutation,
  existsCode,
  pathOf,
  prepare,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  orgs: OrgColleagues[];
  /**
   * Where its words are in the locale: `title`, `description`, `submit`, the pickers' `org` and
   * `colleague`, and the toasts `started` and `exists` (e.g. 'oneOnOnes.new').
   */
  words: 'delegation.new' | 'oneOnOnes.new';
  /** The names of the fields in `children`. */
  fields: readonly F[];
  mutation: SaveMutation<V, { id: string }>;
  existsCode: string;
  /** Where a space is opened. */
  pathOf: (id: string) => string;
  /** What to send for this choice of colleague, or `null` when `validate` finds it wrong. */
  prepare: (choice: ColleagueChoice, validate: FormValidate<F | PickerField>) => V | null;
  children: (fieldErrors: FieldErrors<F | PickerField>) => ReactNode;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const word = (key: NewWord) => t(`${words}.${key}` as const);
  const navigate = useNavigate();
  const [choice, setChoice] = useDraftOnOpen<ColleagueChoice>(open, () =>
    firstColleagueChoice(orgs),
  );
  const allFields: readonly (F | PickerField)[] = ['orgId', 'colleagueId', ...fields];

  return (
    <EditTextDialog
      open={open}
      onOpenChange={onOpenChange}
      title={word('title')}
      description={word('description')}
      submitLabel={word('submit')}
      fields={allFields}
      mutation={mutation}
      prepare={(validate) => prepare(choice, validate)}
      saved={word('started')}
      onSaved={(space) => void navigate(pathOf(space.id))}
      recover={(error) => {
        const id = existingIdOf(error, existsCode);
        if (!id) return undefined;
        return () => {
          toast({ title: word('exists'), tone: 'info' });
          void navigate(pathOf(id));
        };
      }}
    >
      {(fieldErrors) => (
        <>
          <ColleaguePicker
            orgs={orgs}
            value={choice}
            onChange={setChoice}
            labels={{ org: word('org'), colleague: word('colleague') }}
            error={fieldErrors.colleagueId ?? fieldErrors.orgId}
          />
          {children(fieldErrors)}
        </>
      )}
    </EditTextDialog>
  );
}
