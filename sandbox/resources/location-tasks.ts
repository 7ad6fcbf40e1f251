/**
 * The sub-account's task search (`POST /locations/{locationId}/tasks/search`, issue 14's New Task and Task
 * Completed): every contact's tasks of the sub-account (the `tasks` table contact activity keeps), filtered
 * by contacts, completion, assignees, text (the title) and business (its contacts), newest first by
 * `dateAdded`, paged with `limit` (default 25) and `skip`. A task is answered as GoHighLevel's search answers
 * it: `_id` for its id, its contact's details beside it.
 */
import type { Handler } from '../http';
import { limitSkip, listOf, matchesText, newestFirst, pick } from '../kit';
import { defineResource } from '../resource';
import type { Rec, SandboxState } from '../state';

const TASK_KEYS = ['title', 'body', 'assignedTo', 'dueDate', 'completed', 'contactId', 'dateAdded', 'dateUpdated'];

/** A task as the search answers it. */
const answered = (state: SandboxState, task: Rec, locationId: string): Rec => {
  const contact = state.table('contacts').get(task.contactId);
  return {
    _id: task.id,
    ...pick(task, TASK_KEYS),
    locationId,
    deleted: false,
    contactDetails: contact ? pick(contact, ['id', 'firstName', 'lastName', 'email', 'phone']) : undefined,
  };
};

const search: Handler = (req, state) => {
  const { locationId } = req.params;
  const b = req.body || {};
  const contacts = new Map(state.table('contacts').where((c) => c.locationId === locationId).map((c) => [c.id, c]));
  const contactIds = listOf(b.contactId);
  const assignees = listOf(b.assignedTo);
  const found = state
    .table('tasks')
    .where(
      (t) =>
        contacts.has(t.contactId) &&
        (!contactIds.length || contactIds.includes(t.contactId)) &&
        (b.completed === undefined || !!t.completed === b.completed) &&
        (!assignees.length || assignees.includes(t.assignedTo)) &&
        (!b.businessId || contacts.get(t.contactId)!.businessId === b.businessId) &&
        matchesText(b.query, t.title),
    )
    .sort(newestFirst('dateAdded'));
  return { tasks: limitSkip(found, { limit: b.limit, skip: b.skip }, 25).map((t) => answered(state, t, locationId)) };
};

export default defineResource({
  name: 'location-tasks',
  routes: (r) => {
    r.post('/locations/{locationId}/tasks/search', search);
  },
});
