import type { Dispatch, ReactNode, SetStateAction } from 'react';
import { useTranslation } from '../../lib/use-translation';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
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
import { EditTextDialog, type SaveMutation } from './edit-text-dialog';

/** The form's field names: the keys of the body's contract. */
type FieldOf<S extends z.ZodObject> = Extract<keyof S['shape'], string>;

type NewWord = 'title' | 'description' | 'submit' | 'org' | 'colleague' | 'started' | 'exists';

/** What a dialog that starts a space is given (by `PairSpaceList`). */
export type PairSpaceDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  orgs: OrgColleagues[];
};

/**
 * The kinds of space: where their words are in the locale (`title`, `description`, `submit`,
 * the pickers' `org` and `colleague`, the toasts `started` and `exists`, under `<kind>.new`),
 * the code the API answers when the two already have one, and where one is opened.
 */
const KINDS = {
  delegation: { existsCode: 'agreement_exists', path: '/delegation' },
  oneOnOnes: { existsCode: 'one_on_one_exists', path: '/one-on-ones' },
} as const;

/**
 * Starts a space with a colleague (picked by organization, then by name) and opens it; when
 * the two already have one (the API answers the kind's `existsCode` with its id) it opens that
 * one instead. It keeps the draft of the space's own fields (`children`, after the picker),
 * from `initial` each time it opens; `toBody` makes what to send, checked against `schema`,
 * whose keys are the form's field names.
 *
 * @example
 * <PairSpaceNewDialog {...dialog} kind="oneOnOnes" mutation={useStartSpace()}
 *   schema={CreateOneOnOneBody} initial={() => ({ title: '' })}
 *   toBody={(choice, { title }) => ({ ...choice, title })}>
 *   {({ draft, setDraft, errors }) => <TextField name="title" error={errors.title} … />}
 * </PairSpaceNewDialog>
 */
export function PairSpaceNewDialog<S extends z.ZodObject, D>({
  open,
  onOpenChange,
  orgs,
  kind,
  mutation,
  schema,
  initial,
  toBody,
  children,
}: PairSpaceDialogProps & {
  kind: keyof typeof KINDS;
  mutation: SaveMutation<z.input<S>, { id: string }>;
  /** The body's contract; its keys name the form's fields (the picker's among them). */
  schema: S;
  initial: () => D;
  toBody: (choice: ColleagueChoice, draft: D) => z.input<S>;
  children: (form: {
    draft: D;
    setDraft: Dispatch<SetStateAction<D>>;
    errors: FieldErrors<FieldOf<S>>;
  }) => ReactNode;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const word = (key: NewWord) => t(`${kind}.new.${key}` as const);
  const { existsCode, path } = KINDS[kind];
  const navigate = useNavigate();
  const [choice, setChoice] = useDraftOnOpen<ColleagueChoice>(open, () =>
    firstColleagueChoice(orgs),
  );
  const [draft, setDraft] = useDraftOnOpen(open, initial);
  const fields = Object.keys(schema.shape) as FieldOf<S>[];

  return (
    <EditTextDialog
      open={open}
      onOpenChange={onOpenChange}
      title={word('title')}
      description={word('description')}
      submitLabel={word('submit')}
      fields={fields}
      mutation={mutation}
      prepare={(validate) => {
        const body = toBody(choice, draft);
        return validate(schema, body as Record<FieldOf<S>, unknown>) ? body : null;
      }}
      saved={word('started')}
      onSaved={(space) => void navigate(`${path}/${space.id}`)}
      recover={(error) => {
        const id = existingIdOf(error, existsCode);
        if (!id) return undefined;
        return () => {
          toast({ title: word('exists'), tone: 'info' });
          void navigate(`${path}/${id}`);
        };
      }}
    >
      {(errors) => (
        <>
          <ColleaguePicker
            orgs={orgs}
            value={choice}
            onChange={setChoice}
            labels={{ org: word('org'), colleague: word('colleague') }}
            error={errors.colleagueId ?? errors.orgId}
          />
          {children({ draft, setDraft, errors })}
        </>
      )}
    </EditTextDialog>
  );
}
