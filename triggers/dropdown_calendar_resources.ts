import { defineDropdown } from '../lib/dropdown';
import { RESOURCE_TYPE_REF, resourceTypeOf } from '../domains/calendar-resources';

/** Rooms or equipment, of the Resource Type chosen in the same step (its `resourceType` input). */
export default defineDropdown({
  key: 'dropdown_calendar_resources',
  noun: 'Calendar Resource',
  endpoint: { method: 'GET', path: '/calendars/resources/{resourceType}' },
  scopes: ['calendars/resources.readonly'],
  location: 'query',
  listKey: null,
  paging: { style: 'limit/skip', size: 100 },
  request: (input, ctx) => ({ path: { resourceType: resourceTypeOf(input.resourceType, RESOURCE_TYPE_REF, input, ctx) } }),
  label: (r) => `${r.name || 'Unnamed resource'}${r.isActive === false ? ' (inactive)' : ''}`,
});
