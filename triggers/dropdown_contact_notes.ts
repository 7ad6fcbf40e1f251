import { defineDropdown } from '../lib/dropdown';

/** Notes of the contact chosen in the same step (its `contactId` input). */
export default defineDropdown({
  key: 'dropdown_contact_notes',
  noun: 'Note',
  endpoint: { method: 'GET', path: '/contacts/{contactId}/notes' },
  scopes: ['contacts.readonly'],
  inputs: [{ key: 'contactId', label: 'Contact ID', required: true }],
  listKey: 'notes',
  labelKey: 'label',
  label: (n) => {
    const text = String(n.title || n.body || '').replace(/\s+/g, ' ').trim();
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  },
});
