import { defineDropdown } from '../lib/dropdown';

/** The sub-account's calendars (drafts included), for every Calendar picker. */
export default defineDropdown({
  key: 'dropdown_calendars',
  noun: 'Calendar',
  endpoint: { method: 'GET', path: '/calendars/' },
  scopes: ['calendars.readonly'],
  location: 'query',
  listKey: 'calendars',
  request: () => ({ query: { showDrafted: true } }),
  label: (c) => `${c.name || 'Untitled calendar'}${c.isActive === false ? ' (draft)' : ''}`,
});
