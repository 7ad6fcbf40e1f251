import { defineOperation } from '../lib/operation';
import { contactIdField, contactTaskIdField, userIdField } from '../lib/fields';
import { TASK_OUTPUT_FIELDS, TASK_SAMPLE, taskBody } from '../lib/contacts';

export default defineOperation({
  key: 'update_contact_task',
  kind: 'create',
  noun: 'Task',
  label: 'Update Contact Task',
  description: "Updates a contact's task. Only the fields you fill in are changed.",
  endpoint: { method: 'PUT', path: '/contacts/{contactId}/tasks/{taskId}' },
  scopes: ['contacts.write'],
  inputFields: [
    contactIdField({ altersDynamicFields: true }),
    contactTaskIdField(),
    { key: 'title', label: 'Title' },
    { key: 'body', label: 'Description', type: 'text' },
    { key: 'dueDate', label: 'Due Date', type: 'datetime' },
    userIdField('assignedTo', 'Assigned User'),
    { key: 'completed', label: 'Completed', type: 'boolean' },
  ],
  request: (input) => ({ body: taskBody(input) }),
  result: 'task',
  sample: TASK_SAMPLE,
  outputFields: TASK_OUTPUT_FIELDS,
});
