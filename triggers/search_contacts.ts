import { defineOperation } from '../lib/operation';
import { compact } from '../lib/http';
import { CONTACT_OUTPUT_FIELDS, CONTACT_SAMPLE } from '../domains/contacts';

export default defineOperation({
  key: 'search_contacts',
  kind: 'trigger',
  noun: 'Contact',
  label: 'Search Contacts',
  description: 'Triggers when a new contact matching your search is added (newest first).',
  endpoint: { method: 'POST', path: '/contacts/search' },
  scopes: ['contacts.readonly'],
  customFields: 'contact',
  inputFields: [
    {
      key: 'query',
      label: 'Search Text',
      helpText: 'Only contacts whose name, email, phone or company contain this text. Leave empty for every new contact.',
      to: 'body',
    },
    {
      key: 'tag',
      label: 'Has Tag',
      dynamic: 'dropdown_tags.name.name',
      helpText: 'Only contacts with this tag.',
    },
  ],
  request: (input, ctx) => ({
    body: compact({
      locationId: ctx.locationId,
      page: ctx.page + 1,
      pageLimit: ctx.pageSize,
      filters: input.tag ? [{ field: 'tags', operator: 'contains', value: [String(input.tag)] }] : undefined,
      sort: [{ field: 'dateAdded', direction: 'desc' }],
    }),
  }),
  list: {
    key: 'contacts',
    paging: { style: 'body', size: 100 },
    sortBy: 'dateAdded',
  },
  sample: CONTACT_SAMPLE,
  outputFields: CONTACT_OUTPUT_FIELDS,
});
