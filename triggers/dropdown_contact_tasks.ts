import { defineDropdown } from '../lib/dropdown';

/** Tasks of the contact chosen in the same step (its `contactId` input). */
export default defineDropdown({
  key: 'dropdown_contact_tasks',
  noun: 'Task',
  endpoint: { method: 'GET', path: '/contacts/{contactId}/tasks' },
  scopes: ['contacts.readonly'],
  inputs: [{ key: 'contactId', label: 'Contact ID', required: true }],
  listKey: 'tasks',
  labelKey: 'title',
  label: (t) => `${t.title || 'Untitled task'}${t.completed ? ' (done)' : ''}`,
});
