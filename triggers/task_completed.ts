import { defineOperation } from '../lib/operation';
import { eventId } from '../domains/events';
import { TASK_ASSIGNEE_FILTER, TASK_EVENT_SAMPLE, TASK_EVENTS_PAGING, taskEvent, taskEventOutputFields, taskSearchRequest } from '../domains/contacts';

/**
 * Fires once per task, when it is marked completed: the newest page of the completed tasks (the search's
 * `completed: true`), newest first by `dateUpdated`; the event's id is `taskId:completed`, so a task fires once
 * however often it is reopened and completed again.
 */
export default defineOperation({
  key: 'task_completed',
  kind: 'trigger',
  noun: 'Task',
  label: 'Task Completed',
  description: "Triggers when a contact's task is marked completed, optionally only a chosen user's tasks.",
  endpoint: { method: 'POST', path: '/locations/{locationId}/tasks/search' },
  scopes: ['locations/tasks.readonly'],
  location: 'path',
  inputFields: [
    {
      ...TASK_ASSIGNEE_FILTER,
      helpText:
        'Only tasks assigned to this user. Leave empty for every task of the sub-account. A task fires once, the ' +
        'first time it is seen completed: reopening it and completing it again does not fire again.',
    },
  ],
  request: taskSearchRequest(true),
  list: {
    key: 'tasks',
    paging: TASK_EVENTS_PAGING,
    sortBy: 'dateUpdated',
    each: taskEvent,
    idOf: (t) => eventId(t.taskId, 'completed'),
  },
  sample: { ...TASK_EVENT_SAMPLE, completed: true, dateUpdated: '2026-07-07T16:40:02.000Z', id: eventId(TASK_EVENT_SAMPLE.id, 'completed') },
  outputFields: taskEventOutputFields('Event ID'),
});
