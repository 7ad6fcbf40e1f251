import { CUSTOM_FIELDS_SCOPE } from '../lib/custom-fields';
import { defineOperation } from '../lib/operation';
import { compact } from '../lib/http';
import { CONTACT_OUTPUT_FIELDS, CONTACT_SAMPLE, contactResult } from '../lib/contacts';

export default defineOperation({
  key: 'search_contacts',
  kind: 'trigger',
  noun: 'Contact',
  label: 'Search Contacts',
  description: 'Triggers when a new contact matching your search is added (newest first).',
  endpoint: { method: 'POST', path: '/contacts/search' },
  scopes: ['contacts.readonly', CUSTOM_FIELDS_SCOPE],
  inputFields: [
    {
      key: 'query',
      label: 'Search Text',
      helpText: 'Only contacts whose name, email, phone or company contain this text. Leave empty for every new contact.',
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
      query: input.query,
      filters: input.tag ? [{ field: 'tags', operator: 'contains', value: [String(input.tag)] }] : undefined,
      sort: [{ field: 'dateAdded', direction: 'desc' }],
    }),
  }),
  list: {
    key: 'contacts',
    paging: { style: 'body', size: 100 },
    sortBy: 'dateAdded',
    each: (c, _input, ctx) => contactResult(c, ctx),
  },
  sample: CONTACT_SAMPLE,
  outputFields: CONTACT_OUTPUT_FIELDS,
  extraRequests: 'custom field definitions, when a contact has custom fields',
});
