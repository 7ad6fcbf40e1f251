import { deletion } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';
import { contactTaskIdField } from '../domains/contacts';

export default defineOperation({
  key: 'delete_contact_task',
  kind: 'create',
  noun: 'Task',
  label: 'Delete Contact Task',
  description: "Deletes a contact's task.",
  endpoint: { method: 'DELETE', path: '/contacts/{contactId}/tasks/{taskId}' },
  ...deletion('taskId', 'Task ID', { id: 'lJpzYrWdpkC2hX6t2yue', deleted: true, succeded: true }, { deletes: 'the task' }),
  scopes: ['contacts.write'],
  inputFields: [contactIdField({ altersDynamicFields: true }), contactTaskIdField()],
});
