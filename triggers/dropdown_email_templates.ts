import { defineDropdown } from '../lib/dropdown';

/**
 * The sub-account's email templates (Marketing > Emails > Templates), newest first. GHL answers them under
 * `builders` (the spec documents one template; contract/errata.ts).
 */
export default defineDropdown({
  key: 'dropdown_email_templates',
  noun: 'Email Template',
  endpoint: { method: 'GET', path: '/emails/builder' },
  scopes: ['emails/builder.readonly'],
  location: 'query',
  listKey: 'builders',
  paging: { style: 'limit/offset', size: 100 },
  request: () => ({ query: { sortByDate: 'desc' } }),
  label: (t) => String(t.name || '').trim() || 'Untitled template',
});
