import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';
import { contactTaskIdField, TASK_OUTPUT_FIELDS, TASK_SAMPLE, taskFields } from '../domains/contacts';

export default defineOperation({
  key: 'update_contact_task',
  kind: 'create',
  noun: 'Task',
  label: 'Update Contact Task',
  description: "Updates a contact's task, changing only the fields you fill in.",
  endpoint: { method: 'PUT', path: '/contacts/{contactId}/tasks/{taskId}' },
  scopes: ['contacts.write'],
  inputFields: [
    contactIdField({ altersDynamicFields: true }),
    contactTaskIdField(),
    ...taskFields(false),
  ],
  result: 'task',
  sample: TASK_SAMPLE,
  outputFields: TASK_OUTPUT_FIELDS,
});
