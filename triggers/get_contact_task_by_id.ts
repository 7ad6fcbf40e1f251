import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';
import { contactTaskIdField } from '../domains/contacts';
import { TASK_OUTPUT_FIELDS, TASK_SAMPLE } from '../domains/contacts';

export default defineOperation({
  key: 'get_contact_task_by_id',
  kind: 'trigger',
  noun: 'Task',
  label: 'Get Contact Task by ID',
  description: 'Triggers when the chosen task changes, for example when it is completed.',
  endpoint: { method: 'GET', path: '/contacts/{contactId}/tasks/{taskId}' },
  scopes: ['contacts.readonly'],
  inputFields: [contactIdField({ altersDynamicFields: true }), contactTaskIdField()],
  result: 'task',
  sample: TASK_SAMPLE,
  outputFields: TASK_OUTPUT_FIELDS,
});
