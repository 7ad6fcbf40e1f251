import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';
import { TASK_OUTPUT_FIELDS, TASK_SAMPLE } from '../domains/contacts';

export default defineOperation({
  key: 'get_contact_tasks',
  kind: 'trigger',
  noun: 'Task',
  label: 'Get Contact Tasks',
  description: 'Triggers when a task is added to the chosen contact.',
  endpoint: { method: 'GET', path: '/contacts/{contactId}/tasks' },
  scopes: ['contacts.readonly'],
  inputFields: [contactIdField()],
  // Tasks carry no creation date: each task fires once, deduplicated on its id.
  list: { key: 'tasks' },
  sample: TASK_SAMPLE,
  outputFields: TASK_OUTPUT_FIELDS,
});
