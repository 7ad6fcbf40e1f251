/**
 * What hangs off one contact: notes, tasks, followers, campaign and workflow enrolments, and its
 * appointments (read from the calendars' events).
 */
import { fail, Reply, type Handler, type Req } from '../http';
import { must, mustOwn, newestFirst, pick } from '../kit';
import { defineResource } from '../resource';
import { SEED } from '../seed-ids';
import { newId, now, type Rec, type SandboxState } from '../state';
import { isoIn } from '../time';

/** The timezone of the contact's sub-account (UTC when it has none). */
const zoneOfContact = (req: Req, state: SandboxState): string => {
  const contact = state.table('contacts').get(req.params.contactId);
  return String(state.table('locations').get(String(contact?.locationId ?? ''))?.timezone ?? '') || 'UTC';
};
const contactOf = (req: Req, state: SandboxState): Rec => mustOwn(req, state.table('contacts'), req.params.contactId, 'Contact');

/** A note or task of this contact (another contact's is not found). */
const childOf = (table: string, what: string, idParam: string) => (req: Req, state: SandboxState): Rec => {
  contactOf(req, state);
  const rec = must(state.table(table), req.params[idParam], what);
  if (rec.contactId !== req.params.contactId) throw fail(404, `${what} with id ${req.params[idParam]} not found`);
  return rec;
};
const noteOf = childOf('notes', 'Note', 'id');
const taskOf = childOf('tasks', 'Task', 'taskId');

const NOTE_KEYS = ['body', 'title', 'userId', 'color', 'pinned'];
const TASK_KEYS = ['title', 'body', 'dueDate', 'completed', 'assignedTo'];

const checkUser = (state: SandboxState, id: unknown, field: string): void => {
  if (id !== undefined && id !== '' && !state.table('users').has(String(id))) throw fail(422, [`${field}: user ${id} not found`]);
};

const checkDue = (dueDate: unknown): void => {
  if (dueDate !== undefined && Number.isNaN(Date.parse(String(dueDate)))) throw fail(422, ['dueDate must be a valid ISO 8601 date string']);
};

const createNote: Handler = (req, state) => {
  contactOf(req, state);
  checkUser(state, req.body.userId, 'userId');
  const note = state.table('notes').put({ id: newId(), contactId: req.params.contactId, pinned: false, ...pick(req.body, NOTE_KEYS), dateAdded: now() });
  return { note };
};

const updateNote: Handler = (req, state) => {
  const note = noteOf(req, state);
  checkUser(state, req.body?.userId, 'userId');
  return { note: Object.assign(note, pick(req.body, NOTE_KEYS)) };
};

const createTask: Handler = (req, state) => {
  contactOf(req, state);
  checkDue(req.body.dueDate);
  checkUser(state, req.body.assignedTo, 'assignedTo');
  const stamp = now(); // when GHL added and last changed the task (the location task search answers them: issue 14)
  const task = state.table('tasks').put({ id: newId(), contactId: req.params.contactId, ...pick(req.body, TASK_KEYS), dateAdded: stamp, dateUpdated: stamp });
  return { task };
};

const updateTask: Handler = (req, state) => {
  const task = taskOf(req, state);
  checkDue(req.body?.dueDate);
  checkUser(state, req.body?.assignedTo, 'assignedTo');
  return { task: Object.assign(task, pick(req.body, TASK_KEYS), { dateUpdated: now() }) };
};

/** Followers are users of the sub-account. */
const changeFollowers = (add: boolean): Handler => (req, state) => {
  const contact = contactOf(req, state);
  const given = req.body.followers as string[];
  for (const id of given) checkUser(state, id, 'followers');
  const before: string[] = contact.followers || [];
  contact.followers = add ? [...new Set([...before, ...given])] : before.filter((f) => !given.includes(f));
  const changed = add ? given.filter((f) => !before.includes(f)) : given.filter((f) => before.includes(f));
  contact.dateUpdated = now();
  return add ? new Reply(201, { followers: contact.followers, followersAdded: changed }) : { followers: contact.followers, followersRemoved: changed };
};

/** Enrols or removes a contact in a campaign or workflow (`enrollments` table). */
const enrolment = (kind: 'campaign' | 'workflow', add: boolean): Handler => (req, state) => {
  const contact = contactOf(req, state);
  const table = kind === 'campaign' ? 'campaigns' : 'workflows';
  const targetId = kind === 'campaign' ? req.params.campaignId : req.params.workflowId;
  const target = must(state.table(table), targetId, kind === 'campaign' ? 'Campaign' : 'Workflow');
  if (target.locationId !== contact.locationId) throw fail(404, `${kind} with id ${targetId} not found`);
  if (req.body?.eventStartTime !== undefined && Number.isNaN(Date.parse(req.body.eventStartTime))) {
    throw fail(422, ['eventStartTime must be a valid ISO 8601 date string']);
  }
  const enrollments = state.table('enrollments');
  const existing = enrollments.where((e) => e.contactId === contact.id && e.kind === kind && e.targetId === targetId);
  if (add && !existing.length) {
    enrollments.put({ id: newId(), kind, contactId: contact.id, targetId, since: req.body?.eventStartTime ?? now() });
  }
  if (!add) for (const e of existing) enrollments.delete(e.id);
  return { succeded: true };
};

const removeFromAllCampaigns: Handler = (req, state) => {
  const contact = contactOf(req, state);
  const enrollments = state.table('enrollments');
  for (const e of enrollments.where((x) => x.contactId === contact.id && x.kind === 'campaign')) enrollments.delete(e.id);
  return { succeded: true };
};

export default defineResource({
  name: 'contact-activity',
  routes: (r) => {
    r.get('/contacts/{contactId}/notes', (req, s) => {
      contactOf(req, s);
      return { notes: s.table('notes').where((n) => n.contactId === req.params.contactId).sort(newestFirst('dateAdded')) };
    });
    r.post('/contacts/{contactId}/notes', createNote);
    r.get('/contacts/{contactId}/notes/{id}', (req, s) => ({ note: noteOf(req, s) }));
    r.put('/contacts/{contactId}/notes/{id}', updateNote);
    r.delete('/contacts/{contactId}/notes/{id}', (req, s) => ({ succeded: s.table('notes').delete(noteOf(req, s).id) }));

    r.get('/contacts/{contactId}/tasks', (req, s) => {
      contactOf(req, s);
      return { tasks: s.table('tasks').where((t) => t.contactId === req.params.contactId) };
    });
    r.post('/contacts/{contactId}/tasks', createTask);
    r.get('/contacts/{contactId}/tasks/{taskId}', (req, s) => ({ task: taskOf(req, s) }));
    r.put('/contacts/{contactId}/tasks/{taskId}', updateTask);
    r.put('/contacts/{contactId}/tasks/{taskId}/completed', (req, s) => ({ task: Object.assign(taskOf(req, s), { completed: req.body.completed, dateUpdated: now() }) }));
    r.delete('/contacts/{contactId}/tasks/{taskId}', (req, s) => ({ succeded: s.table('tasks').delete(taskOf(req, s).id) }));

    r.post('/contacts/{contactId}/followers', changeFollowers(true));
    r.delete('/contacts/{contactId}/followers', changeFollowers(false));

    r.post('/contacts/{contactId}/campaigns/{campaignId}', enrolment('campaign', true));
    r.delete('/contacts/{contactId}/campaigns/{campaignId}', enrolment('campaign', false));
    r.delete('/contacts/{contactId}/campaigns/removeAll', removeFromAllCampaigns);
    r.post('/contacts/{contactId}/workflow/{workflowId}', enrolment('workflow', true));
    r.delete('/contacts/{contactId}/workflow/{workflowId}', enrolment('workflow', false));

    r.get('/contacts/{contactId}/appointments', (req, s) => {
      contactOf(req, s);
      const events = s.table('appointments').where((a) => a.contactId === req.params.contactId).sort(newestFirst('startTime'));
      // GHL answers these times in the sub-account's local time, without a zone ("2026-07-16 11:00:00").
      const tz = zoneOfContact(req, s);
      const local = (v: unknown): unknown => (typeof v === 'string' && v ? isoIn(tz, Date.parse(v)).slice(0, 19).replace('T', ' ') : v);
      return {
        events: events.map((a) => ({
          ...a,
          status: a.appointmentStatus,
          startTime: local(a.startTime),
          endTime: local(a.endTime),
          dateAdded: local(a.dateAdded),
          dateUpdated: local(a.dateUpdated),
        })),
      };
    });
  },
  seed: (s) => {
    const userId = s.options.userId;
    const daysAgo = (d: number): string => new Date(Date.now() - d * 86_400_000).toISOString();
    s.table('notes').put({
      id: SEED.noteId,
      contactId: SEED.contacts.rubika,
      body: 'Called back; wants a quote for the premium plan.',
      userId,
      pinned: false,
      dateAdded: daysAgo(2),
    });
    s.table('tasks').put({
      id: SEED.taskId,
      contactId: SEED.contacts.rubika,
      title: 'Call back about the quote',
      body: 'Wants pricing for 3 seats',
      assignedTo: userId,
      dueDate: daysAgo(-2),
      completed: false,
      dateAdded: daysAgo(2),
      dateUpdated: daysAgo(2),
    });
    s.table('enrollments').put({ id: newId(), kind: 'campaign', contactId: SEED.contacts.rubika, targetId: SEED.campaignId, since: daysAgo(3) });
    s.table('enrollments').put({ id: newId(), kind: 'workflow', contactId: SEED.contacts.rubika, targetId: SEED.workflowId, since: daysAgo(3) });
  },
});
