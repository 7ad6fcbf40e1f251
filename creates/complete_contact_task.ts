import { defineOperation } from '../lib/operation';
import { contactIdField, contactTaskIdField } from '../lib/fields';
import { TASK_OUTPUT_FIELDS, TASK_SAMPLE } from '../lib/contacts';
import { toBool } from '../lib/transforms';

export default defineOperation({
  key: 'complete_contact_task',
  kind: 'create',
  noun: 'Task',
  label: 'Complete Contact Task',
  description: "Marks a contact's task as completed (or, with Completed set to false, as not completed).",
  endpoint: { method: 'PUT', path: '/contacts/{contactId}/tasks/{taskId}/completed' },
  scopes: ['contacts.write'],
  inputFields: [
    contactIdField({ altersDynamicFields: true }),
    contactTaskIdField(),
    { key: 'completed', label: 'Completed', type: 'boolean', default: 'true' },
  ],
  request: (input) => ({ body: { completed: toBool(input.completed, 'completed', 'Completed') ?? true } }),
  result: 'task',
  sample: { ...TASK_SAMPLE, completed: true },
  outputFields: TASK_OUTPUT_FIELDS,
});
