import { defineOperation } from '../lib/operation';
import { CONTACT_OUTPUT_FIELDS, CONTACT_SAMPLE, contactFields } from '../domains/contacts';
import { recordAt } from '../lib/results';

export default defineOperation({
  key: 'upsert_contact',
  kind: 'create',
  noun: 'Contact',
  label: 'Upsert Contact',
  description: 'Creates a contact, or updates the one that matches by email or phone.',
  endpoint: { method: 'POST', path: '/contacts/upsert' },
  scopes: ['contacts.write'],
  location: 'body',
  customFields: 'contact',
  inputFields: [
    ...contactFields({ gender: true }),
    {
      key: 'createNewIfDuplicateAllowed',
      label: 'Create New If Duplicates Allowed',
      type: 'boolean',
      helpText: 'If the sub-account allows duplicate contacts, create a new contact instead of updating the match.',
      to: 'body',
    },
  ],
  result: (data) => ({ ...recordAt(data, 'contact'), new: Boolean(data.new) }),
  sample: { ...CONTACT_SAMPLE, new: true },
  outputFields: [...CONTACT_OUTPUT_FIELDS, { key: 'new', label: 'Was Created', type: 'boolean' }],
});
