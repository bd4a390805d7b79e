import { z } from 'zod';
import { Person, Timestamp, pageOf, pageQuery } from './common';

/**
 * The practice library: built-in prompts and practices, with an organization's own entries on top.
 * Programs build their curriculum from it; members propose additions and improvements and
 * facilitators accept them. Counts of how often an entry was chosen are counts only: never who.
 */

export const LIBRARY_KINDS = ['prompt', 'practice'] as const;
export const LibraryKind = z.enum(LIBRARY_KINDS);
export type LibraryKind = z.infer<typeof LibraryKind>;

/**
 * An entry's id. Built-in entries are `builtin:<kind>:<id>` (for prompts the prompt's stable id,
 * e.g. `builtin:prompt:vision-01`); an organization's entries have plain ids.
 */
export const LibraryEntryId = z.string().min(1).max(80);

export const LibraryEntry = z
  .object({
    id: LibraryEntryId,
    kind: LibraryKind,
    source: z.enum(['built-in', 'organization']),
    title: z.string(),
    /** Markdown: the prompt's question and why, or the practice's how-to. */
    body: z.string(),
    /** The theme it belongs to (for built-in prompts, the prompt's theme), if any. */
    theme: z.string().nullable(),
    /** How many times people chose it (adopted the practice, used the prompt, put it in a curriculum). */
    chosenCount: z.number().int().min(0),
    updatedAt: Timestamp.nullable(),
  })
  .meta({ id: 'LibraryEntry' });
export type LibraryEntry = z.infer<typeof LibraryEntry>;

export const LibraryPage = pageOf(LibraryEntry).meta({ id: 'LibraryPage' });
export type LibraryPage = z.infer<typeof LibraryPage>;

// ——— Reading the library ———

/** The library's list: one kind or both, a search, live entries (the default) or retired ones. */
export const LibraryQuery = pageQuery('entry').extend({
  kind: LibraryKind.optional(),
  q: z.string().trim().max(200).default('').describe('Words each entry must contain (prefixes)'),
  retired: z.enum(['true', 'false']).default('false').describe('true: only retired entries'),
});
export type LibraryQuery = z.infer<typeof LibraryQuery>;

export const LibraryParams = z.object({ id: z.string().min(1).max(64) });
export const LibraryEntryParams = z.object({
  id: z.string().min(1).max(64),
  entryId: LibraryEntryId,
});

/** A practice's suggested schedule: daily, or N times a week. */
export const SuggestedSchedule = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('daily') }),
    z.object({ type: z.literal('weekly'), times: z.number().int().min(1).max(7) }),
  ])
  .meta({ id: 'SuggestedSchedule' });

/** One entry as the entry page shows it: the entry, its version, and what the caller may do. */
export const LibraryEntryDetail = LibraryEntry.extend({
  /** 1 for a built-in entry nobody changed; each accepted proposal or curator's edit adds one. */
  version: z.number().int().min(1),
  retired: z.boolean(),
  /** For practices: the schedule an adopted practice starts with. */
  schedule: SuggestedSchedule.nullable(),
  /** Whether the caller may edit, retire and restore it and answer proposals (facilitators, admins). */
  canCurate: z.boolean(),
}).meta({ id: 'LibraryEntryDetail' });
export type LibraryEntryDetail = z.infer<typeof LibraryEntryDetail>;

/** A person in the organization who changed or proposed an entry; null once their account is gone. */
const Someone = Person.nullable();

/** One version of an entry: who made it, when, and what it said. */
export const LibraryVersion = z
  .object({
    version: z.number().int().min(1),
    change: z.enum(['built-in', 'created', 'edited', 'retired', 'restored']),
    title: z.string(),
    body: z.string(),
    theme: z.string().nullable(),
    schedule: SuggestedSchedule.nullable(),
    /** Who made the change; null for the built-in text, or when their account was deleted. */
    changedBy: Someone,
    /** When the change came from an accepted proposal: who proposed it. */
    proposedBy: Someone,
    /** Null for the built-in text. */
    changedAt: Timestamp.nullable(),
  })
  .meta({ id: 'LibraryVersion' });
export type LibraryVersion = z.infer<typeof LibraryVersion>;

/** The history of an entry, newest version first. */
export const LibraryHistoryPage = pageOf(LibraryVersion).meta({ id: 'LibraryHistoryPage' });
export const LibraryHistoryQuery = pageQuery('version');

// ——— Writing the organization's entries (facilitators and admins) ———

const Title = z.string().trim().min(1, { message: 'Give it a title.' }).max(300);
const Body = z.string().trim().max(20_000);
const Theme = z.string().trim().max(40);

export const CreateLibraryEntryBody = z.object({
  kind: LibraryKind,
  title: Title,
  body: Body.default(''),
  theme: Theme.nullable().optional(),
  schedule: SuggestedSchedule.nullable().optional().describe('Practices only'),
});
export type CreateLibraryEntryBody = z.input<typeof CreateLibraryEntryBody>;

export const UpdateLibraryEntryBody = z
  .object({
    title: Title.optional(),
    body: Body.optional(),
    theme: Theme.nullable().optional(),
    schedule: SuggestedSchedule.nullable().optional(),
    retired: z.boolean().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'Send something to change.',
  });
export type UpdateLibraryEntryBody = z.infer<typeof UpdateLibraryEntryBody>;

// ——— Choosing from the library ———

/** Adopting a practice entry into my own practices, on its suggested schedule or another. */
export const AdoptBody = z.object({ schedule: SuggestedSchedule.optional() });
export type AdoptBody = z.infer<typeof AdoptBody>;
export const Adopted = z.object({ practiceId: z.string() }).meta({ id: 'AdoptedPractice' });

// ——— Proposals ———

export const PROPOSAL_STATUSES = ['open', 'accepted', 'declined'] as const;
export const ProposalStatus = z.enum(PROPOSAL_STATUSES);

export const CreateProposalBody = z
  .object({
    /** The entry to improve; absent for an addition. */
    entryId: LibraryEntryId.optional(),
    kind: LibraryKind.optional().describe('For an addition: prompt or practice'),
    title: Title,
    body: Body.default(''),
    theme: Theme.nullable().optional(),
    schedule: SuggestedSchedule.nullable().optional(),
    /** Why: what the change serves. */
    note: z.string().trim().max(2000).default(''),
  })
  .refine((b) => b.entryId !== undefined || b.kind !== undefined, {
    message: 'Say which entry it improves, or which kind of entry it adds.',
    path: ['kind'],
  });
export type CreateProposalBody = z.input<typeof CreateProposalBody>;

export const LibraryProposal = z
  .object({
    id: z.string(),
    status: ProposalStatus,
    /** The entry it improves, or (once an addition is accepted) the entry it became. */
    entryId: LibraryEntryId.nullable(),
    /** The entry's title when the proposal was made (improvements only). */
    entryTitle: z.string().nullable(),
    kind: LibraryKind,
    title: z.string(),
    body: z.string(),
    theme: z.string().nullable(),
    schedule: SuggestedSchedule.nullable(),
    note: z.string(),
    proposedBy: Someone,
    createdAt: Timestamp,
    decidedBy: Someone,
    decidedAt: Timestamp.nullable(),
    decisionNote: z.string().nullable(),
    /** The entry's version the improvement was proposed against; null for additions. */
    baseVersion: z.number().int().nullable(),
    /** Open, and the entry has changed since it was proposed: the curator should compare first. */
    stale: z.boolean(),
  })
  .meta({ id: 'LibraryProposal' });
export type LibraryProposal = z.infer<typeof LibraryProposal>;

export const LibraryProposalPage = pageOf(LibraryProposal).meta({ id: 'LibraryProposalPage' });

/** `open`: every open proposal, oldest first (curators). `mine`: my own, newest first. */
export const ProposalQuery = pageQuery('id').extend({
  scope: z.enum(['open', 'mine']).optional().describe('Curators default to open, members to mine'),
});
export type ProposalQuery = z.infer<typeof ProposalQuery>;

export const ProposalParams = z.object({
  id: z.string().min(1).max(64),
  proposalId: z.string().min(1).max(64),
});

export const AcceptProposalBody = z.object({ note: z.string().trim().max(2000).default('') });
export const DeclineProposalBody = z.object({
  note: z.string().trim().min(1, { message: 'Say why, kindly.' }).max(2000),
});
