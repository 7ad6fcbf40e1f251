import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';
import { contactTaskIdField } from '../domains/contacts';
import { TASK_OUTPUT_FIELDS, TASK_SAMPLE } from '../domains/contacts';

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
    { key: 'completed', label: 'Completed', type: 'boolean', default: 'true', to: 'body' },
  ],
  result: 'task',
  sample: { ...TASK_SAMPLE, completed: true },
  outputFields: TASK_OUTPUT_FIELDS,
});
