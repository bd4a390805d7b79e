import { z } from 'zod';
import { isCalendarDate, isLocalTime } from '../core/calendar';
import { isTimeZone } from '../core/time-zone';
import { Person, Timestamp } from './common';

export const MAX_SPACE_TITLE = 120;
export const MAX_TOPIC_TITLE = 200;
export const MAX_MARKDOWN = 10_000;
export const MAX_ACTION_TEXT = 500;
export const MAX_TOPICS = 200;
export const MAX_MEETING_PLACE = 300;

const Id = z.string().min(1).max(64);
const Markdown = z
  .string()
  .trim()
  .max(MAX_MARKDOWN, { message: `Use at most ${MAX_MARKDOWN} characters.` });
const TopicTitle = z
  .string()
  .trim()
  .min(1, { message: 'Name the topic.' })
  .max(MAX_TOPIC_TITLE, { message: `Use at most ${MAX_TOPIC_TITLE} characters.` });
const ActionText = z
  .string()
  .trim()
  .min(1, { message: 'Say what is to be done.' })
  .max(MAX_ACTION_TEXT, { message: `Use at most ${MAX_ACTION_TEXT} characters.` });
const DueOn = z
  .string()
  .refine(isCalendarDate, { message: 'Use a real date, YYYY-MM-DD.' })
  .describe('A calendar date, YYYY-MM-DD');

export const CreateOneOnOneBody = z.object({
  orgId: Id.describe('One of my organizations'),
  colleagueId: Id.describe('A member of that organization, usually my leader'),
  title: z
    .string()
    .trim()
    .max(MAX_SPACE_TITLE, { message: `Use at most ${MAX_SPACE_TITLE} characters.` })
    .default(''),
});
export type CreateOneOnOneBody = z.input<typeof CreateOneOnOneBody>;

export const CreateTopicBody = z.object({
  title: TopicTitle,
  notes: Markdown.default('').describe('Markdown'),
});
export type CreateTopicBody = z.input<typeof CreateTopicBody>;

export const UpdateTopicBody = z
  .object({
    title: TopicTitle.optional(),
    notes: Markdown.optional(),
    discussed: z.boolean().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'Send something to change.',
  });
export type UpdateTopicBody = z.infer<typeof UpdateTopicBody>;

export const TopicOrderBody = z.object({
  topicIds: z
    .array(Id)
    .max(MAX_TOPICS)
    .describe('Every topic of the space, once each, in the new order'),
});
export type TopicOrderBody = z.infer<typeof TopicOrderBody>;

export const NoteBody = z.object({
  body: Markdown.min(1, { message: 'Write the note.' }).describe('Markdown'),
});
export type NoteBody = z.infer<typeof NoteBody>;

export const CreateActionBody = z.object({
  text: ActionText,
  ownerId: Id.describe('Who will do it: one of the two of us'),
  dueOn: DueOn.optional(),
});
export type CreateActionBody = z.input<typeof CreateActionBody>;

export const UpdateActionBody = z
  .object({
    text: ActionText.optional(),
    ownerId: Id.optional(),
    dueOn: DueOn.nullable().optional().describe('null takes the due date away'),
    done: z.boolean().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'Send something to change.',
  });
export type UpdateActionBody = z.infer<typeof UpdateActionBody>;

export const MeetingBody = z.object({
  date: z
    .string()
    .refine(isCalendarDate, { message: 'Use a real date, YYYY-MM-DD.' })
    .describe('The (first) meeting’s local date, YYYY-MM-DD'),
  time: z
    .string()
    .refine(isLocalTime, { message: 'Use a time written HH:MM (24-hour).' })
    .describe('Local time HH:MM'),
  timeZone: z
    .string()
    .refine(isTimeZone, { message: 'Choose a time zone from the list.' })
    .describe('The IANA time zone of the date and time'),
  durationMinutes: z.number().int().min(5).max(480).default(30),
  place: z
    .string()
    .trim()
    .max(MAX_MEETING_PLACE, { message: `Use at most ${MAX_MEETING_PLACE} characters.` })
    .default('')
    .describe('A room or a video link (shown in the space only, never in a calendar feed)'),
  repeatWeeks: z
    .number()
    .int()
    .min(1)
    .max(8)
    .nullable()
    .default(null)
    .describe('Repeats every this many weeks; null: once'),
});
export type MeetingBody = z.input<typeof MeetingBody>;

export const Meeting = z
  .object({
    date: z.string(),
    time: z.string(),
    timeZone: z.string(),
    durationMinutes: z.number().int(),
    place: z.string(),
    repeatWeeks: z.number().int().nullable(),
    next: z
      .object({ date: z.string(), startsAt: Timestamp })
      .nullable()
      .describe('The next meeting not yet over; null once a single meeting is past'),
    updatedBy: Person.nullable(),
    updatedAt: Timestamp,
  })
  .meta({ id: 'OneOnOneMeeting' });
export type Meeting = z.infer<typeof Meeting>;

export const Topic = z
  .object({
    id: z.string(),
    title: z.string(),
    notes: z.string().describe('Markdown'),
    position: z.number().int(),
    discussed: z.boolean(),
    discussedAt: Timestamp.nullable(),
    author: Person.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'OneOnOneTopic' });
export type Topic = z.infer<typeof Topic>;

/** The whole agenda, in its new order. */
export const Agenda = z.object({ items: z.array(Topic) });

export const Note = z
  .object({
    id: z.string(),
    body: z.string().describe('Markdown'),
    author: Person.nullable(),
    mine: z.boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'OneOnOneNote' });
export type Note = z.infer<typeof Note>;

export const ActionItem = z
  .object({
    id: z.string(),
    text: z.string(),
    owner: Person,
    dueOn: z.string().nullable(),
    done: z.boolean(),
    doneAt: Timestamp.nullable(),
    author: Person.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'OneOnOneAction' });
export type ActionItem = z.infer<typeof ActionItem>;

const SpaceBase = z.object({
  id: z.string(),
  org: z.object({ id: z.string(), name: z.string() }),
  owner: Person,
  colleague: Person,
  myRole: z.enum(['owner', 'colleague']),
  title: z.string(),
  canWrite: z.boolean().describe('Open, and both of us still in the organization'),
  endedAt: Timestamp.nullable(),
  meeting: Meeting.nullable().describe('The next meeting, set by either of us'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const OneOnOne = SpaceBase.extend({
  topics: z.array(Topic).describe('In agenda order'),
  notes: z.array(Note).describe('Oldest first'),
  actions: z.array(ActionItem).describe('Oldest first'),
}).meta({ id: 'OneOnOne' });
export type OneOnOne = z.infer<typeof OneOnOne>;

export const OneOnOneSummary = SpaceBase.extend({
  openTopics: z.number().int().describe('Topics not yet discussed'),
  openActions: z.number().int().describe('Action items not yet done'),
}).meta({ id: 'OneOnOneSummary' });
export type OneOnOneSummary = z.infer<typeof OneOnOneSummary>;

export const SpaceParams = z.object({ id: Id });
export const TopicParams = SpaceParams.extend({ topicId: Id });
export const NoteParams = SpaceParams.extend({ noteId: Id });
export const ActionParams = SpaceParams.extend({ actionId: Id });
