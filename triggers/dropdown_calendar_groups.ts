import { defineDropdown } from '../lib/dropdown';

/** The sub-account's calendar groups, for every Calendar Group picker. */
export default defineDropdown({
  key: 'dropdown_calendar_groups',
  noun: 'Calendar Group',
  endpoint: { method: 'GET', path: '/calendars/groups' },
  scopes: ['calendars/groups.readonly'],
  location: 'query',
  listKey: 'groups',
  label: (g) => `${g.name || g.slug || 'Untitled group'}${g.isActive === false ? ' (inactive)' : ''}`,
});
