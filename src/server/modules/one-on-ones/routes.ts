import {
  Agenda,
  ActionItem,
  ActionParams,
  CreateActionBody,
  CreateOneOnOneBody,
  CreateTopicBody,
  Meeting,
  MeetingBody,
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
import { callerId } from '../../http/authenticate';
import { pairSpaceRoutes } from '../../http/pair-space-routes';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
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
import { clearMeeting, setMeeting } from './meeting-commands';
import { spacePartRoutes } from './part-routes';
import { listSpaces, loadSpace } from './queries';
import {
  presentAction,
  presentMeeting,
  presentNote,
  presentSpaceSummary,
  presentTopic,
} from './presenters';

const writeErrors = [400, 401, 403, 404, 409] as const;
const deleteErrors = [401, 403, 404, 409] as const;

/**
 * 1:1 spaces: a shared agenda between a person (its owner) and one colleague — topics, notes,
 * action items. Only the two can see it; when the owner ends it, the colleague loses access and
 * the owner keeps it read-only.
 */
export async function oneOnOneRoutes(app: App, { db }: ServerDeps) {
  const route = routeTable(app, 'one-on-ones');

  pairSpaceRoutes(route, db, {
    path: '/api/one-on-ones',
    item: OneOnOne,
    params: SpaceParams,
    load: loadSpace,
    list: [
      'My 1:1 spaces: those I own (ended ones too) and open ones I am the colleague in',
      OneOnOneSummary,
      listSpaces,
      presentSpaceSummary,
    ],
    start: [
      'Start a 1:1 with a colleague from one of my organizations; I own it',
      CreateOneOnOneBody,
      startOneOnOne,
    ],
    read: 'One 1:1: its agenda, notes and action items',
    close: [
      'end',
      'End the 1:1 (owner): the colleague loses access now, I keep it read-only',
      endOneOnOne,
    ],
  });

  route.post(
    '/api/one-on-ones/:id/topics',
    {
      summary: 'Add a topic to the end of the agenda',
      params: SpaceParams,
      body: CreateTopicBody,
      reply: Topic,
      status: 201,
      errors: writeErrors,
    },
    async (request) => {
      const added = await addTopic(db, callerId(request), request.params.id, request.body);
      return presentTopic(added.item, added.names);
    },
  );
  route.put(
    '/api/one-on-ones/:id/topics/order',
    {
      summary: 'Put the agenda in a new order',
      params: SpaceParams,
      body: TopicOrderBody,
      reply: Agenda,
      errors: writeErrors,
    },
    async (request) => {
      const { id } = request.params;
      const { items, names } = await reorderTopics(
        db,
        callerId(request),
        id,
        request.body.topicIds,
      );
      return { items: items.map((t) => presentTopic(t, names)) };
    },
  );
  route.patch(
    '/api/one-on-ones/:id/topics/:topicId',
    {
      summary: 'Change a topic, or mark it discussed',
      params: TopicParams,
      body: UpdateTopicBody,
      reply: Topic,
      errors: writeErrors,
    },
    async (request) => {
      const { id: spaceId, topicId } = request.params;
      const changed = await updateTopic(db, callerId(request), { spaceId, topicId }, request.body);
      return presentTopic(changed.item, changed.names);
    },
  );
  route.delete(
    '/api/one-on-ones/:id/topics/:topicId',
    {
      summary: 'Remove a topic from the agenda',
      params: TopicParams,
      status: 204,
      errors: deleteErrors,
    },
    async (request) => {
      const { id: spaceId, topicId } = request.params;
      await deleteTopic(db, callerId(request), { spaceId, topicId });
    },
  );

  route.put(
    '/api/one-on-ones/:id/meeting',
    {
      summary: 'Set the next meeting (either of us): date, time, zone, place, repeat',
      params: SpaceParams,
      body: MeetingBody,
      reply: Meeting,
      errors: writeErrors,
    },
    async (request) => {
      const set = await setMeeting(db, callerId(request), request.params.id, request.body);
      return presentMeeting(set.item, set.names);
    },
  );
  route.delete(
    '/api/one-on-ones/:id/meeting',
    { summary: 'Take the meeting away', params: SpaceParams, status: 204, errors: deleteErrors },
    async (request) => {
      await clearMeeting(db, callerId(request), request.params.id);
    },
  );

  spacePartRoutes(route, db, {
    path: '/api/one-on-ones/:id/notes',
    key: 'noteId',
    spaceParams: SpaceParams,
    params: NoteParams,
    item: Note,
    present: ({ item, names }, userId) => presentNote(item, names, userId),
    add: ['Write a note (Markdown)', NoteBody, addNote],
    change: ['Change a note I wrote', NoteBody, updateNote],
    remove: ['Delete a note I wrote', deleteNote],
    errors: { write: writeErrors, remove: deleteErrors },
  });
  spacePartRoutes(route, db, {
    path: '/api/one-on-ones/:id/actions',
    key: 'actionId',
    spaceParams: SpaceParams,
    params: ActionParams,
    item: ActionItem,
    present: ({ item, names }) => presentAction(item, names),
    add: ['Add an action item, owned by one of the two of us', CreateActionBody, addAction],
    change: ['Change an action item, or tick it done', UpdateActionBody, updateAction],
    remove: ['Remove an action item', deleteAction],
    errors: { write: writeErrors, remove: deleteErrors },
  });
}
