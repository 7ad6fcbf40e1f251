import { defineOperation, deletedResult } from '../lib/operation';
import { contactIdField, contactTaskIdField } from '../lib/fields';
import { SUCCESS_OUTPUT_FIELDS } from '../lib/contacts';

export default defineOperation({
  key: 'delete_contact_task',
  kind: 'create',
  noun: 'Task',
  label: 'Delete Contact Task',
  description: "Deletes a contact's task.",
  endpoint: { method: 'DELETE', path: '/contacts/{contactId}/tasks/{taskId}' },
  ack: true,
  scopes: ['contacts.write'],
  inputFields: [contactIdField({ altersDynamicFields: true }), contactTaskIdField()],
  result: deletedResult('taskId'),
  sample: { id: 'lJpzYrWdpkC2hX6t2yue', deleted: true, succeded: true },
  outputFields: SUCCESS_OUTPUT_FIELDS('Task ID'),
});
