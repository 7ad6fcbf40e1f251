import { defineOperation } from '../lib/operation';
import { CONTACT_OUTPUT_FIELDS, CONTACT_SAMPLE } from '../domains/contacts';

export default defineOperation({
  key: 'list_contacts_deprecated',
  kind: 'trigger',
  noun: 'Contact',
  label: 'List Contacts (Deprecated)',
  description: 'Triggers when a new contact is added (deprecated: use Search Contacts instead).',
  endpoint: { method: 'GET', path: '/contacts/' },
  scopes: ['contacts.readonly'],
  location: 'query',
  inputFields: [
    {
      key: 'query',
      label: 'Search Text',
      helpText: 'Only contacts matching this text. This trigger is deprecated by GoHighLevel; prefer **Search Contacts**.',
      to: 'query',
    },
  ],
  // An unpaged list: GHL answers at most `limit` contacts.
  request: (_input, ctx) => ({ query: { limit: ctx.pageSize } }),
  list: { key: 'contacts', sortBy: 'dateAdded' },
  sample: CONTACT_SAMPLE,
  outputFields: CONTACT_OUTPUT_FIELDS,
});
