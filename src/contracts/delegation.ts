import { z } from 'zod';
import { isCalendarDate } from '../core/calendar';
import { MAX_LEVEL, MIN_LEVEL } from '../core/pair-policy';
import { Person, Timestamp } from './common';

export const MAX_AREA_TITLE = 200;
export const MAX_AREA_NOTE = 2000;
export const MAX_AREAS = 50;

const Id = z.string().min(1).max(64);

/** A level of delegation: 1 tell, 2 sell, 3 consult, 4 agree, 5 advise, 6 inquire, 7 delegate. */
export const Level = z
  .number()
  .int({ message: 'Choose one of the seven levels.' })
  .min(MIN_LEVEL, { message: 'Choose one of the seven levels.' })
  .max(MAX_LEVEL, { message: 'Choose one of the seven levels.' })
  .describe('1 tell, 2 sell, 3 consult, 4 agree, 5 advise, 6 inquire, 7 delegate');

export const PartyRole = z.enum(['leader', 'member']);
export type PartyRole = z.infer<typeof PartyRole>;

const AreaTitle = z
  .string()
  .trim()
  .min(1, { message: 'Name the decision area.' })
  .max(MAX_AREA_TITLE, { message: `Use at most ${MAX_AREA_TITLE} characters.` });
const AreaNote = z
  .string()
  .trim()
  .max(MAX_AREA_NOTE, { message: `Use at most ${MAX_AREA_NOTE} characters.` });

export const CreateAreaBody = z.object({
  title: AreaTitle,
  note: AreaNote.default('').describe('What the area covers, in a line or two'),
});
export type CreateAreaBody = z.input<typeof CreateAreaBody>;

export const UpdateAreaBody = z
  .object({ title: AreaTitle.optional(), note: AreaNote.optional() })
  .refine((b) => b.title !== undefined || b.note !== undefined, {
    message: 'Send something to change.',
  });
export type UpdateAreaBody = z.infer<typeof UpdateAreaBody>;

export const CreateAgreementBody = z.object({
  orgId: Id.describe('The organization both of us belong to'),
  colleagueId: Id.describe('The other party: a member of that organization'),
  myRole: PartyRole.describe('Whether I am the leader or the member in this agreement'),
  areas: z
    .array(CreateAreaBody)
    .max(MAX_AREAS)
    .default([])
    .describe('Decision areas to start with'),
});
export type CreateAgreementBody = z.input<typeof CreateAgreementBody>;

export const ChoiceBody = z.object({ level: Level });
export type ChoiceBody = z.infer<typeof ChoiceBody>;

export const ProposalBody = z.object({ level: Level });
export const ConfirmBody = z.object({
  level: Level.describe('The level I saw proposed: if it changed meanwhile, nothing is agreed'),
});

export const TransitionBody = z.object({
  toLevel: Level,
  dueOn: z
    .string()
    .refine(isCalendarDate, { message: 'Use a real date, YYYY-MM-DD.' })
    .describe('By when, a calendar date after today'),
});
export type TransitionBody = z.infer<typeof TransitionBody>;

export const Poker = z
  .object({
    roundId: z.string(),
    startedAt: Timestamp,
    myChoice: Level.nullable().describe('My own choice; null until I chose'),
    otherHasChosen: z.boolean().describe('Whether the other party has chosen (never what)'),
    revealedAt: Timestamp.nullable(),
    revealed: z
      .object({ leader: Level, member: Level })
      .nullable()
      .describe('Both choices, once both have chosen; null before'),
  })
  .meta({ id: 'DelegationPoker' });
export type Poker = z.infer<typeof Poker>;

export const Transition = z.object({
  id: z.string(),
  fromLevel: Level,
  toLevel: Level,
  dueOn: z.string(),
  status: z.enum(['planned', 'reached', 'cancelled']),
  createdBy: Person.nullable(),
  createdAt: Timestamp,
  closedAt: Timestamp.nullable(),
});
export type Transition = z.infer<typeof Transition>;

export const EventKind = z.enum([
  'area_added',
  'poker_started',
  'revealed',
  'proposed',
  'proposal_withdrawn',
  'agreed',
  'transition_planned',
  'transition_cancelled',
  'transition_reached',
]);
export type EventKind = z.infer<typeof EventKind>;

export const AreaEvent = z.object({
  id: z.string(),
  kind: EventKind,
  by: Person.nullable().describe('null when both did it together (a reveal, or a matching one)'),
  at: Timestamp,
  level: Level.nullable().describe('The level agreed, proposed or planned'),
  fromLevel: Level.nullable(),
  leaderLevel: Level.nullable().describe('At a reveal: the leader’s choice'),
  memberLevel: Level.nullable().describe('At a reveal: the member’s choice'),
  dueOn: z.string().nullable(),
});
export type AreaEvent = z.infer<typeof AreaEvent>;

export const Area = z
  .object({
    id: z.string(),
    title: z.string(),
    note: z.string(),
    position: z.number().int(),
    level: Level.nullable().describe('The agreed level; null until agreed'),
    poker: Poker.nullable().describe('The latest round of delegation poker'),
    proposal: z
      .object({ level: Level, by: Person.nullable(), at: Timestamp, mine: z.boolean() })
      .nullable(),
    transitions: z.array(Transition).describe('Planned and reached transitions'),
    history: z.array(AreaEvent).describe('Oldest first'),
    createdAt: Timestamp,
  })
  .meta({ id: 'DelegationArea' });
export type Area = z.infer<typeof Area>;

const AgreementBase = z.object({
  id: z.string(),
  org: z.object({ id: z.string(), name: z.string() }),
  leader: Person,
  member: Person,
  myRole: PartyRole,
  canAct: z.boolean().describe('Open, and both of us still in the organization'),
  archivedAt: Timestamp.nullable(),
  archivedBy: Person.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const Agreement = AgreementBase.extend({ areas: z.array(Area) }).meta({
  id: 'DelegationAgreement',
});
export type Agreement = z.infer<typeof Agreement>;

export const AgreementSummary = AgreementBase.extend({
  areaCount: z.number().int(),
  agreedCount: z.number().int(),
  waitingForMe: z
    .number()
    .int()
    .describe('Areas where my poker choice or my confirmation is awaited'),
}).meta({ id: 'DelegationAgreementSummary' });
export type AgreementSummary = z.infer<typeof AgreementSummary>;

export const AgreementParams = z.object({ id: Id });
export const AreaParams = AgreementParams.extend({ areaId: Id });
export const TransitionParams = AreaParams.extend({ transitionId: Id });
