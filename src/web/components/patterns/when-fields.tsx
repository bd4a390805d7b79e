import { TextField } from '../ui/text-field';

/** When something meets, as its form holds it: the fields' text as typed. */
export type When = { date: string; time: string; timeZone: string; durationMinutes: string };

/** The form's starting `When`: what is saved, else a time of day and a length, in my zone. */
export function whenOf(
  saved: { date?: string; time?: string; timeZone?: string; durationMinutes?: number } | undefined,
  defaults: { time: string; durationMinutes: number },
): When {
  return {
    date: saved?.date ?? '',
    time: saved?.time ?? defaults.time,
    timeZone: saved?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    durationMinutes: String(saved?.durationMinutes ?? defaults.durationMinutes),
  };
}

/** A `When` as the contracts take it: the zone trimmed, the length a number. */
export const whenValues = (when: When) => ({
  date: when.date,
  time: when.time,
  timeZone: when.timeZone.trim(),
  durationMinutes: Number(when.durationMinutes),
});

/**
 * The four fields of when something meets — date, local time, time zone and length in minutes —
 * two by two on a wide screen. A program's session and a 1:1's meeting use it; `labels` name the
 * fields in the caller's words and `errors` are the form's field errors by name.
 *
 * @example
 * <WhenFields value={when} onChange={setWhen} errors={fieldErrors}
 *   labels={{ date: 'Date', time: 'Time', timeZone: 'Time zone', durationMinutes: 'Minutes' }} />
 */
export function WhenFields({
  value,
  onChange,
  labels,
  errors,
  maxMinutes,
}: {
  value: When;
  onChange: (when: When) => void;
  labels: Record<keyof When, string>;
  errors: Partial<Record<keyof When, string>>;
  maxMinutes?: number;
}) {
  const field = (name: keyof When) => ({
    label: labels[name],
    name,
    value: value[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) =>
      onChange({ ...value, [name]: event.target.value }),
  });
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField {...field('date')} type="date" />
      <TextField {...field('time')} type="time" />
      <TextField {...field('timeZone')} autoComplete="off" />
      <TextField {...field('durationMinutes')} type="number" min={5} max={maxMinutes} />
    </div>
  );
}
