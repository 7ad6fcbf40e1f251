import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';
import { TASK_OUTPUT_FIELDS, TASK_SAMPLE, taskFields } from '../domains/contacts';

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
    ...taskFields(true),
  ],
  result: 'task',
  sample: TASK_SAMPLE,
  outputFields: TASK_OUTPUT_FIELDS,
});
