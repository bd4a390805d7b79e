import {
  AcceptProposalBody,
  AdoptBody,
  Adopted,
  CreateLibraryEntryBody,
  CreateProposalBody,
  DeclineProposalBody,
  LibraryEntryDetail,
  LibraryEntryParams,
  LibraryHistoryPage,
  LibraryHistoryQuery,
  LibraryPage,
  LibraryParams,
  LibraryProposal,
  LibraryProposalPage,
  LibraryQuery,
  ProposalParams,
  ProposalQuery,
  UpdateLibraryEntryBody,
} from '../../../contracts/library';
import type { Db } from '../../db/database';
import { callerId } from '../../http/authenticate';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import {
  adoptPractice,
  answerProposal,
  choosePrompt,
  createEntry,
  createProposal,
  updateEntry,
} from './commands';
import { presentEntry, presentEntryDetail, presentProposal } from './presenters';
import { entryDetail, entryHistory, findProposal, listLibrary, listProposals } from './queries';

async function detail(db: Db, orgId: string, userId: string, entryId: string) {
  return presentEntryDetail(await entryDetail(db, orgId, userId, entryId));
}

async function proposal(db: Db, orgId: string, userId: string, proposalId: string) {
  return presentProposal(await findProposal(db, orgId, userId, proposalId));
}

/**
 * The practice library of an organization: the built-in prompts and practices with the
 * organization's own on top, for its members only. Facilitators and admins curate it; members
 * propose additions and improvements; every version is kept; choices are counted, never named.
 */
export async function libraryRoutes(app: App, { db }: ServerDeps) {
  const route = routeTable(app, 'library');
  const base = '/api/orgs/:id/library';

  route.get(
    base,
    {
      summary: 'The library: the organization’s entries, then built-in ones, by id (members)',
      params: LibraryParams,
      query: LibraryQuery,
      reply: LibraryPage,
      errors: [400, 401, 404],
    },
    async ({ auth, params, query }) => {
      const page = await listLibrary(db, params.id, callerId({ auth }), query);
      return {
        items: page.items.map((entry) => presentEntry(entry, page.counts.get(entry.id) ?? 0)),
        nextCursor: page.nextCursor,
      };
    },
  );

  route.post(
    base,
    {
      summary: 'Add an entry of the organization’s own (facilitators and admins)',
      params: LibraryParams,
      body: CreateLibraryEntryBody,
      reply: LibraryEntryDetail,
      status: 201,
      errors: [400, 401, 403, 404],
    },
    async ({ auth, params, body }) => {
      const userId = callerId({ auth });
      const id = await createEntry(db, params.id, userId, body);
      return detail(db, params.id, userId, id);
    },
  );

  route.get(
    `${base}/proposals`,
    {
      summary: 'Proposals: every open one (facilitators and admins) or my own',
      params: LibraryParams,
      query: ProposalQuery,
      reply: LibraryProposalPage,
      errors: [400, 401, 403, 404],
    },
    async ({ auth, params, query }) => {
      const page = await listProposals(db, params.id, callerId({ auth }), query);
      return { items: page.items.map(presentProposal), nextCursor: page.nextCursor };
    },
  );

  route.post(
    `${base}/proposals`,
    {
      summary: 'Propose an addition, or an improvement of an entry (members)',
      params: LibraryParams,
      body: CreateProposalBody,
      reply: LibraryProposal,
      status: 201,
      errors: [400, 401, 404],
    },
    async ({ auth, params, body }) => {
      const userId = callerId({ auth });
      return proposal(db, params.id, userId, await createProposal(db, params.id, userId, body));
    },
  );

  const answers = [
    [
      'accept',
      'accepted',
      AcceptProposalBody,
      'Accept a proposal: it becomes a new version or entry',
    ],
    ['decline', 'declined', DeclineProposalBody, 'Decline a proposal with a note to its proposer'],
  ] as const;
  for (const [path, status, Body, summary] of answers) {
    route.post(
      `${base}/proposals/:proposalId/${path}`,
      {
        summary: `${summary} (facilitators and admins)`,
        params: ProposalParams,
        body: Body,
        reply: LibraryProposal,
        errors: [400, 401, 403, 404, 409],
      },
      async ({ auth, params, body }) => {
        const userId = callerId({ auth });
        await answerProposal(db, params.id, userId, params.proposalId, { status, note: body.note });
        return proposal(db, params.id, userId, params.proposalId);
      },
    );
  }

  route.get(
    `${base}/:entryId`,
    {
      summary: 'One entry: its current version and how often it was chosen (members)',
      params: LibraryEntryParams,
      reply: LibraryEntryDetail,
      errors: [400, 401, 404],
    },
    async ({ auth, params }) => detail(db, params.id, callerId({ auth }), params.entryId),
  );

  route.patch(
    `${base}/:entryId`,
    {
      summary: 'Change, retire or restore an entry, making a new version (facilitators and admins)',
      params: LibraryEntryParams,
      body: UpdateLibraryEntryBody,
      reply: LibraryEntryDetail,
      errors: [400, 401, 403, 404, 409],
    },
    async ({ auth, params, body }) => {
      const userId = callerId({ auth });
      await updateEntry(db, params.id, userId, params.entryId, body);
      return detail(db, params.id, userId, params.entryId);
    },
  );

  route.get(
    `${base}/:entryId/history`,
    {
      summary: 'Every version of an entry, newest first: who changed it, when and what (members)',
      params: LibraryEntryParams,
      query: LibraryHistoryQuery,
      reply: LibraryHistoryPage,
      errors: [400, 401, 404],
    },
    async ({ auth, params, query }) =>
      entryHistory(db, params.id, callerId({ auth }), params.entryId, query),
  );

  route.post(
    `${base}/:entryId/adopt`,
    {
      summary: 'Adopt a practice entry into my own (private) practices; counts the choice',
      params: LibraryEntryParams,
      body: AdoptBody,
      reply: Adopted,
      status: 201,
      errors: [400, 401, 404],
    },
    async ({ auth, params, body }) => ({
      practiceId: await adoptPractice(db, params.id, callerId({ auth }), params.entryId, body),
    }),
  );

  route.post(
    `${base}/:entryId/choices`,
    {
      summary: 'Count a prompt chosen to reflect on (“Reflect on this”); never records who',
      params: LibraryEntryParams,
      status: 204,
      errors: [400, 401, 404],
    },
    async ({ auth, params }) => choosePrompt(db, params.id, callerId({ auth }), params.entryId),
  );
}
