import { defineDropdown, personLabel } from '../lib/dropdown';

export default defineDropdown({
  key: 'dropdown_contacts',
  noun: 'Contact',
  endpoint: { method: 'POST', path: '/contacts/search' },
  scopes: ['contacts.readonly'],
  listKey: 'contacts',
  paging: { style: 'body', size: 100 },
  request: (_input, ctx) => ({
    body: {
      locationId: ctx.locationId,
      page: ctx.page + 1,
      pageLimit: ctx.pageSize,
      sort: [{ field: 'dateAdded', direction: 'desc' }],
    },
  }),
  label: (c) => personLabel({ ...c, name: c.contactName || c.name }),
});
