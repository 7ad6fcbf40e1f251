import { defineOperation } from '../lib/operation';
import { contactIdField, userIdField } from '../lib/fields';
import { TASK_OUTPUT_FIELDS, TASK_SAMPLE, taskBody } from '../lib/contacts';

export default defineOperation({
  key: 'create_contact_task',
  kind: 'create',
  noun: 'Task',
  label: 'Create Contact Task',
  description: 'Creates a task on a contact, with a due date and an assigned user.',
  endpoint: { method: 'POST', path: '/contacts/{contactId}/tasks' },
  scopes: ['contacts.write'],
  inputFields: [
    contactIdField(),
    { key: 'title', label: 'Title', required: true },
    { key: 'body', label: 'Description', type: 'text' },
    { key: 'dueDate', label: 'Due Date', type: 'datetime', required: true, helpText: 'When the task is due, e.g. "tomorrow 9am" or 2026-07-08T14:30:00Z.' },
    userIdField('assignedTo', 'Assigned User'),
    { key: 'completed', label: 'Completed', type: 'boolean', default: 'false' },
  ],
  request: (input) => ({ body: { completed: false, ...taskBody(input) } }),
  result: 'task',
  sample: TASK_SAMPLE,
  outputFields: TASK_OUTPUT_FIELDS,
});
