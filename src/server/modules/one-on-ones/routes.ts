import { NoContent, pageOf } from '../../../contracts/common';
import {
  Agenda,
  ActionItem,
  ActionParams,
  CreateActionBody,
  CreateOneOnOneBody,
  CreateTopicBody,
  Note,
  NoteBody,
  NoteParams,
  OneOnOne,
  OneOnOneSummary,
  SpaceParams,
  Topic,
  TopicOrderBody,
  TopicParams,
  UpdateActionBody,
  UpdateTopicBody,
} from '../../../contracts/one-on-ones';
import type { Db } from '../../db/database';
import { callerId } from '../../http/authenticate';
import { type App, errorResponses, type ServerDeps } from '../../http/types';
import {
  addAction,
  addNote,
  addTopic,
  deleteAction,
  deleteNote,
  deleteTopic,
  endOneOnOne,
  reorderTopics,
  startOneOnOne,
  updateAction,
  updateNote,
  updateTopic,
} from './commands';
import { accessSpace, listSpaces, spaceParts } from './queries';
import {
  presentAction,
  presentNote,
  presentSpace,
  presentSpaceSummary,
  presentTopic,
} from './presenters';

/** A space as the caller (its owner, or its colleague while it is open) sees it; 404 otherwise. */
async function loadSpace(db: Db, userId: string, id: string) {
  const { space, access } = await accessSpace(db, userId, id);
  return presentSpace(userId, space, access, await spaceParts(db, space));
}

/**
 * 1:1 spaces: a shared agenda between a person (its owner) and one colleague — topics, notes,
 * action items. Only the two can see it; when the owner ends it, the colleague loses access and
 * the owner keeps it read-only.
 */
export async function oneOnOneRoutes(app: App, deps: ServerDeps) {
  const { db } = deps;
  const tags = ['one-on-ones'];
  const writeErrors = errorResponses(400, 401, 403, 404, 409);

  app.get(
    '/api/one-on-ones',
    {
      schema: {
        tags,
        summary: 'My 1:1 spaces: those I own (ended ones too) and open ones I am the colleague in',
        response: { 200: pageOf(OneOnOneSummary), ...errorResponses(401) },
      },
    },
    async (request) => ({
      items: (await listSpaces(db, callerId(request))).map(presentSpaceSummary),
      nextCursor: null,
    }),
  );

  app.post(
    '/api/one-on-ones',
    {
      schema: {
        tags,
        summary: 'Start a 1:1 with a colleague from one of my organizations; I own it',
        body: CreateOneOnOneBody,
        response: { 201: OneOnOne, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const userId = callerId(request);
      const id = await startOneOnOne(db, userId, request.body);
      return reply.status(201).send(await loadSpace(db, userId, id));
    },
  );

  app.get(
    '/api/one-on-ones/:id',
    {
      schema: {
        tags,
        summary: 'One 1:1: its agenda, notes and action items',
        params: SpaceParams,
        response: { 200: OneOnOne, ...errorResponses(401, 404) },
      },
    },
    async (request) => loadSpace(db, callerId(request), request.params.id),
  );

  app.post(
    '/api/one-on-ones/:id/end',
    {
      schema: {
        tags,
        summary: 'End the 1:1 (owner): the colleague loses access now, I keep it read-only',
        params: SpaceParams,
        response: { 200: OneOnOne, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const userId = callerId(request);
      await endOneOnOne(db, userId, request.params.id);
      return loadSpace(db, userId, request.params.id);
    },
  );

  app.post(
    '/api/one-on-ones/:id/topics',
    {
      schema: {
        tags,
        summary: 'Add a topic to the end of the agenda',
        params: SpaceParams,
        body: CreateTopicBody,
        response: { 201: Topic, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { item, names } = await addTopic(
        db,
        callerId(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send(presentTopic(item, names));
    },
  );

  app.put(
    '/api/one-on-ones/:id/topics/order',
    {
      schema: {
        tags,
        summary: 'Put the agenda in a new order',
        params: SpaceParams,
        body: TopicOrderBody,
        response: { 200: Agenda, ...writeErrors },
      },
    },
    async (request) => {
      const { items, names } = await reorderTopics(
        db,
        callerId(request),
        request.params.id,
        request.body.topicIds,
      );
      return { items: items.map((t) => presentTopic(t, names)) };
    },
  );

  app.patch(
    '/api/one-on-ones/:id/topics/:topicId',
    {
      schema: {
        tags,
        summary: 'Change a topic, or mark it discussed',
        params: TopicParams,
        body: UpdateTopicBody,
        response: { 200: Topic, ...writeErrors },
      },
    },
    async (request) => {
      const { id: spaceId, topicId } = request.params;
      const { item, names } = await updateTopic(
        db,
        callerId(request),
        { spaceId, topicId },
        request.body,
      );
      return presentTopic(item, names);
    },
  );

  app.delete(
    '/api/one-on-ones/:id/topics/:topicId',
    {
      schema: {
        tags,
        summary: 'Remove a topic from the agenda',
        params: TopicParams,
        response: { 204: NoContent, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { id: spaceId, topicId } = request.params;
      await deleteTopic(db, callerId(request), { spaceId, topicId });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/one-on-ones/:id/notes',
    {
      schema: {
        tags,
        summary: 'Write a note (Markdown)',
        params: SpaceParams,
        body: NoteBody,
        response: { 201: Note, ...writeErrors },
      },
    },
    async (request, reply) => {
      const userId = callerId(request);
      const { item, names } = await addNote(db, userId, request.params.id, request.body);
      return reply.status(201).send(presentNote(item, names, userId));
    },
  );

  app.patch(
    '/api/one-on-ones/:id/notes/:noteId',
    {
      schema: {
        tags,
        summary: 'Change a note I wrote',
        params: NoteParams,
        body: NoteBody,
        response: { 200: Note, ...writeErrors },
      },
    },
    async (request) => {
      const userId = callerId(request);
      const { id: spaceId, noteId } = request.params;
      const { item, names } = await updateNote(db, userId, { spaceId, noteId }, request.body);
      return presentNote(item, names, userId);
    },
  );

  app.delete(
    '/api/one-on-ones/:id/notes/:noteId',
    {
      schema: {
        tags,
        summary: 'Delete a note I wrote',
        params: NoteParams,
        response: { 204: NoContent, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { id: spaceId, noteId } = request.params;
      await deleteNote(db, callerId(request), { spaceId, noteId });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/one-on-ones/:id/actions',
    {
      schema: {
        tags,
        summary: 'Add an action item, owned by one of the two of us',
        params: SpaceParams,
        body: CreateActionBody,
        response: { 201: ActionItem, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { item, names } = await addAction(
        db,
        callerId(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send(presentAction(item, names));
    },
  );

  app.patch(
    '/api/one-on-ones/:id/actions/:actionId',
    {
      schema: {
        tags,
        summary: 'Change an action item, or tick it done',
        params: ActionParams,
        body: UpdateActionBody,
        response: { 200: ActionItem, ...writeErrors },
      },
    },
    async (request) => {
      const { id: spaceId, actionId } = request.params;
      const { item, names } = await updateAction(
        db,
        callerId(request),
        { spaceId, actionId },
        request.body,
      );
      return presentAction(item, names);
    },
  );

  app.delete(
    '/api/one-on-ones/:id/actions/:actionId',
    {
      schema: {
        tags,
        summary: 'Remove an action item',
        params: ActionParams,
        response: { 204: NoContent, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { id: spaceId, actionId } = request.params;
      await deleteAction(db, callerId(request), { spaceId, actionId });
      return reply.status(204).send(null);
    },
  );
}
