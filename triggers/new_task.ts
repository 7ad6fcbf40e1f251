import { defineOperation } from '../lib/operation';
import { TASK_ASSIGNEE_FILTER, TASK_EVENT_SAMPLE, TASK_EVENTS_PAGING, taskEvent, taskEventOutputFields, taskSearchRequest } from '../domains/contacts';

/**
 * Fires once per task of the sub-account (any contact's), optionally one assignee's: the newest page of the
 * tasks search; the event's id is the task's id.
 */
export default defineOperation({
  key: 'new_task',
  kind: 'trigger',
  noun: 'Task',
  label: 'New Task',
  description: "Triggers when a task is added to any contact, optionally only a chosen user's tasks.",
  endpoint: { method: 'POST', path: '/locations/{locationId}/tasks/search' },
  scopes: ['locations/tasks.readonly'],
  location: 'path',
  inputFields: [TASK_ASSIGNEE_FILTER],
  request: taskSearchRequest(),
  list: {
    key: 'tasks',
    paging: TASK_EVENTS_PAGING,
    sortBy: 'dateAdded',
    each: taskEvent,
    idOf: (t) => t.taskId,
  },
  sample: TASK_EVENT_SAMPLE,
  outputFields: taskEventOutputFields('Event ID'),
});
