import { z } from 'zod';
import { isCalendarDate, isLocalTime } from '../core/calendar';
import { isTimeZone } from '../core/time-zone';
import { IdParams, Person, Timestamp, pageOf, pageQuery } from './common';
import { LibraryEntryId, LibraryKind } from './library';
import { Schedule } from './practices';

/**
 * Programs (cohorts) of an organization: seats and a waitlist, sessions, a week-by-week
 * curriculum. People enroll themselves; facilitators and admins run programs and see who
 * enrolled and who waits, by name, never anything personal.
 */

export const MAX_PROGRAM_TITLE = 120;
export const MAX_PROGRAM_MARKDOWN = 10_000;
export const MAX_SEATS = 10_000;
export const MAX_WEEKS = 52;
export const MAX_SESSIONS = 100;
export const MAX_ITEMS = 300;
export const MAX_ITEM_TITLE = 300;

const Title = (what: string, max = MAX_PROGRAM_TITLE) =>
  z
    .string()
    .trim()
    .min(1, { message: `Name the ${what}.` })
    .max(max, { message: `Use at most ${max} characters.` });
const Markdown = z
  .string()
  .trim()
  .max(MAX_PROGRAM_MARKDOWN, { message: `Use at most ${MAX_PROGRAM_MARKDOWN} characters.` })
  .describe('Markdown');
export const ProgramDate = z
  .string()
  .refine(isCalendarDate, { message: 'Use a date written YYYY-MM-DD.' })
  .describe('A calendar date, YYYY-MM-DD');
const Seats = z
  .number()
  .int({ message: 'Use a whole number of seats.' })
  .min(1, { message: 'Offer at least one seat.' })
  .max(MAX_SEATS, { message: `Offer at most ${MAX_SEATS} seats.` });

export const ProgramStatus = z.enum(['open', 'closed']).describe('open: people may enroll');
export type ProgramStatus = z.infer<typeof ProgramStatus>;

export const EnrollmentStatus = z.enum(['enrolled', 'waitlisted']);
export type EnrollmentStatus = z.infer<typeof EnrollmentStatus>;

// ——— Sessions ———

export const SessionBody = z.object({
  date: ProgramDate,
  time: z
    .string()
    .refine(isLocalTime, { message: 'Use a time written HH:MM.' })
    .describe('Local wall-clock time in timeZone, HH:MM'),
  timeZone: z
    .string()
    .refine(isTimeZone, { message: 'Choose a time zone.' })
    .describe('IANA time zone, e.g. Europe/Berlin'),
  durationMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(90),
  place: z.string().trim().max(200).default('').describe('Where people meet, if in person'),
  link: z
    .union([z.literal(''), z.url({ protocol: /^https?$/, message: 'Use a web address.' }).max(500)])
    .default('')
    .describe('A meeting link, if online'),
  agenda: Markdown.default(''),
});
export type SessionBody = z.input<typeof SessionBody>;

export const UpdateSessionBody = z
  .object({
    date: ProgramDate.optional(),
    time: SessionBody.shape.time.optional(),
    timeZone: SessionBody.shape.timeZone.optional(),
    durationMinutes: z
      .number()
      .int()
      .min(5)
      .max(24 * 60)
      .optional(),
    place: z.string().trim().max(200).optional(),
    link: z
      .union([
        z.literal(''),
        z.url({ protocol: /^https?$/, message: 'Use a web address.' }).max(500),
      ])
      .optional(),
    agenda: Markdown.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'Send something to change.',
  });
export type UpdateSessionBody = z.infer<typeof UpdateSessionBody>;

export const ProgramSession = z
  .object({
    id: z.string(),
    date: z.string(),
    time: z.string(),
    timeZone: z.string(),
    durationMinutes: z.number().int(),
    startsAt: Timestamp.describe('The start as a UTC instant'),
    place: z.string(),
    link: z.string(),
    agenda: z.string().describe('Markdown'),
  })
  .meta({ id: 'ProgramSession' });
export type ProgramSession = z.infer<typeof ProgramSession>;

// ——— Curriculum ———

export const CurriculumItemBody = z.object({
  week: z.number().int().min(1).max(MAX_WEEKS),
  kind: LibraryKind,
  title: Title('item', MAX_ITEM_TITLE),
  body: Markdown.default(''),
  libraryEntryId: LibraryEntryId.nullable()
    .default(null)
    .describe('The library entry it was picked from; its text is copied, not linked'),
});
export type CurriculumItemBody = z.input<typeof CurriculumItemBody>;

export const UpdateCurriculumItemBody = z
  .object({
    week: z.number().int().min(1).max(MAX_WEEKS).optional(),
    kind: LibraryKind.optional(),
    title: Title('item', MAX_ITEM_TITLE).optional(),
    body: Markdown.optional(),
    libraryEntryId: LibraryEntryId.nullable().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'Send something to change.',
  });
export type UpdateCurriculumItemBody = z.infer<typeof UpdateCurriculumItemBody>;

/** How many items one week of the curriculum holds at most. */
export const MAX_WEEK_ITEMS = 30;

/**
 * One week's prompts and practices as a whole, in order: an item with an `id` of this week is
 * kept and changed, one without is added, and the week's items not named are removed.
 */
export const CurriculumWeekBody = z.object({
  items: z
    .array(
      CurriculumItemBody.omit({ week: true }).extend({
        id: z.string().min(1).max(64).optional().describe('An item of this week, to keep'),
      }),
    )
    .max(MAX_WEEK_ITEMS, { message: `Keep at most ${MAX_WEEK_ITEMS} items in a week.` })
    .refine(
      (items) => {
        const ids = items.flatMap((i) => (i.id ? [i.id] : []));
        return new Set(ids).size === ids.length;
      },
      { message: 'Name each item once.' },
    ),
});
export type CurriculumWeekBody = z.input<typeof CurriculumWeekBody>;

export const ProgramWeekParams = z.object({
  id: z.string().min(1).max(64),
  week: z.coerce.number().int().min(1).max(MAX_WEEKS),
});

export const CurriculumItem = z
  .object({
    id: z.string(),
    week: z.number().int(),
    kind: LibraryKind,
    title: z.string(),
    body: z.string().describe('Markdown'),
    libraryEntryId: z.string().nullable(),
    inLibrary: z
      .boolean()
      .describe(
        'Whether the organization’s library holds that entry now, so it can be opened there',
      ),
  })
  .meta({ id: 'CurriculumItem' });
export type CurriculumItem = z.infer<typeof CurriculumItem>;

// ——— Programs ———

const datesInOrder = (b: { startDate?: string; endDate?: string }) =>
  b.startDate === undefined || b.endDate === undefined || b.startDate <= b.endDate;
const DATES_IN_ORDER = { message: 'End on or after the start.', path: ['endDate'] };

export const CreateProgramBody = z
  .object({
    title: Title('program'),
    description: Markdown.default(''),
    startDate: ProgramDate,
    endDate: ProgramDate,
    seats: Seats,
    status: ProgramStatus.default('open'),
    sessions: z.array(SessionBody).max(MAX_SESSIONS).default([]),
    curriculum: z.array(CurriculumItemBody).max(MAX_ITEMS).default([]),
  })
  .refine(datesInOrder, DATES_IN_ORDER);
export type CreateProgramBody = z.input<typeof CreateProgramBody>;

export const UpdateProgramBody = z
  .object({
    title: Title('program').optional(),
    description: Markdown.optional(),
    startDate: ProgramDate.optional(),
    endDate: ProgramDate.optional(),
    seats: Seats.optional().describe(
      'Never below the people holding a seat now; more seats promote the waitlist in order',
    ),
    status: ProgramStatus.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'Send something to change.',
  })
  .refine(datesInOrder, DATES_IN_ORDER);
export type UpdateProgramBody = z.infer<typeof UpdateProgramBody>;

/** Where I stand in a program: holding a seat, waiting (at a position, 1 = next), or neither. */
export const MyEnrollment = z
  .object({
    status: EnrollmentStatus.nullable(),
    waitlistPosition: z.number().int().min(1).nullable(),
  })
  .meta({ id: 'MyEnrollment' });
export type MyEnrollment = z.infer<typeof MyEnrollment>;

export const ProgramSummary = z
  .object({
    id: z.string(),
    orgId: z.string(),
    title: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    weeks: z.number().int(),
    seats: z.number().int(),
    status: ProgramStatus,
    enrolledCount: z.number().int(),
    waitlistCount: z.number().int(),
    me: MyEnrollment,
    canManage: z.boolean().describe('Whether I may change it and read its roster'),
  })
  .meta({ id: 'ProgramSummary' });
export type ProgramSummary = z.infer<typeof ProgramSummary>;

export const Program = ProgramSummary.extend({
  description: z.string().describe('Markdown'),
  sessions: z.array(ProgramSession).describe('By date and time'),
  curriculum: z.array(CurriculumItem).describe('By week, then in the order added'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
}).meta({ id: 'Program' });
export type Program = z.infer<typeof Program>;

export const OrgProgramParams = IdParams;
export const ProgramParams = IdParams;
export const ProgramSessionParams = z.object({
  id: z.string().min(1).max(64),
  sessionId: z.string().min(1).max(64),
});
export const ProgramItemParams = z.object({
  id: z.string().min(1).max(64),
  itemId: z.string().min(1).max(64),
});

export const ProgramListQuery = pageQuery('dated').extend({
  status: z.enum(['open', 'closed', 'all']).default('all'),
  libraryEntryId: LibraryEntryId.regex(/^[A-Za-z0-9:_-]+$/, 'Not a library entry id.')
    .optional()
    .describe(
      'Only programs whose curriculum holds an item picked from this library entry; 404 when the organization’s library holds no such entry',
    ),
});
export type ProgramListQuery = z.infer<typeof ProgramListQuery>;
export const ProgramPage = pageOf(ProgramSummary).meta({ id: 'ProgramPage' });

// ——— Enrollment ———

/** The answer to enrolling myself: a seat, or a place on the waitlist. */
export const EnrollmentResult = z
  .object({
    status: EnrollmentStatus,
    waitlistPosition: z.number().int().min(1).nullable(),
  })
  .meta({ id: 'EnrollmentResult' });
export type EnrollmentResult = z.infer<typeof EnrollmentResult>;

/** Enrolling takes no body: it is always the caller who enrolls. */
export const EnrollBody = z.strictObject({}).nullish();

export const RosterQuery = pageQuery('id').extend({
  list: EnrollmentStatus.default('enrolled').describe('Who holds a seat, or who waits, in order'),
});
export type RosterQuery = z.infer<typeof RosterQuery>;

/** One person on a roster: their name and place, nothing else about them. */
export const RosterEntry = z
  .object({
    id: z.string().describe('The enrollment'),
    person: Person,
    status: EnrollmentStatus,
    position: z.number().int().min(1).describe('1-based place in its list, in queue order'),
    since: Timestamp,
  })
  .meta({ id: 'RosterEntry' });
export type RosterEntry = z.infer<typeof RosterEntry>;
export const RosterPage = pageOf(RosterEntry).meta({ id: 'RosterPage' });

/** A program I enrolled in or wait for, with my place. */
export const MyProgram = z
  .object({ enrollmentId: z.string(), program: ProgramSummary })
  .meta({ id: 'MyProgram' });
export const MyProgramPage = pageOf(MyProgram).meta({ id: 'MyProgramPage' });
export const MyProgramsQuery = pageQuery('id');

// ——— Adopting a practice ———

/** How often I mean to do an adopted practice: daily unless I say. */
export const AdoptBody = z.object({ schedule: Schedule.default({ type: 'daily' }) }).nullish();

export const AdoptedPractice = z
  .object({ practiceId: z.string().describe('My new private practice') })
  .meta({ id: 'AdoptedPractice' });

// ——— On Today ———

/** This week's curriculum of a program I hold a seat in, for my Today page. */
export const ProgramWeek = z
  .object({
    programId: z.string(),
    title: z.string(),
    week: z.number().int(),
    weeks: z.number().int(),
    items: z.array(CurriculumItem),
  })
  .meta({ id: 'ProgramWeek' });
export type ProgramWeek = z.infer<typeof ProgramWeek>;
