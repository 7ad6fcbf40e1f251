import { defineDropdown } from '../lib/dropdown';

/** The sub-account's custom values, by name. */
export default defineDropdown({
  key: 'dropdown_custom_values',
  noun: 'Custom Value',
  endpoint: { method: 'GET', path: '/locations/{locationId}/customValues' },
  scopes: ['locations/customValues.readonly'],
  location: 'path',
  listKey: 'customValues',
  label: (v) => v.name,
});
