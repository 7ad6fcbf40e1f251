import { defineOperation } from '../lib/operation';
import { businessIdField } from '../lib/fields';
import { CONTACT_OUTPUT_FIELDS, CONTACT_SAMPLE } from '../domains/contacts';

export default defineOperation({
  key: 'get_contacts_by_business',
  kind: 'trigger',
  noun: 'Contact',
  label: 'Get Contacts by Business',
  description: 'Triggers when a contact is added to the chosen business.',
  endpoint: { method: 'GET', path: '/contacts/business/{businessId}' },
  scopes: ['contacts.readonly'],
  location: 'query',
  inputFields: [
    businessIdField(),
    { key: 'query', label: 'Search Text', helpText: 'Only contacts matching this text.', to: 'query' },
  ],
  list: { key: 'contacts', paging: { style: 'limit/skip', size: 100 }, sortBy: 'dateAdded' },
  sample: CONTACT_SAMPLE,
  outputFields: CONTACT_OUTPUT_FIELDS,
});
