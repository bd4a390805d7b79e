import { SelectField } from './select-field';

export interface ColleagueChoice {
  orgId: string;
  colleagueId: string;
}

type PickerOrg = { id: string; name: string; colleagues: { userId: string; name: string }[] };

/** Where the picker starts: the first organization and its first colleague ('' where none). */
export function firstColleagueChoice(orgs: readonly PickerOrg[]): ColleagueChoice {
  return { orgId: orgs[0]?.id ?? '', colleagueId: orgs[0]?.colleagues[0]?.userId ?? '' };
}

/**
 * Chooses an organization and then a colleague in it, as two native selects. With one
 * organization the first select is left out. The caller gives the words and the people.
 */
export function ColleaguePicker({
  orgs,
  value,
  onChange,
  labels,
  error,
}: {
  orgs: readonly PickerOrg[];
  value: ColleagueChoice;
  onChange: (value: ColleagueChoice) => void;
  labels: { org: string; colleague: string };
  error?: string;
}) {
  const org = orgs.find((o) => o.id === value.orgId) ?? orgs[0];
  return (
    <div className="flex flex-col gap-4">
      {orgs.length > 1 ? (
        <SelectField
          label={labels.org}
          name="orgId"
          value={org?.id ?? ''}
          options={orgs.map((o) => ({ value: o.id, label: o.name }))}
          onChange={(event) => {
            const next = orgs.find((o) => o.id === event.target.value);
            onChange({ orgId: event.target.value, colleagueId: next?.colleagues[0]?.userId ?? '' });
          }}
        />
      ) : null}
      <SelectField
        label={labels.colleague}
        name="colleagueId"
        value={value.colleagueId}
        error={error}
        options={(org?.colleagues ?? []).map((c) => ({ value: c.userId, label: c.name }))}
        onChange={(event) => onChange({ orgId: org?.id ?? '', colleagueId: event.target.value })}
      />
    </div>
  );
}
