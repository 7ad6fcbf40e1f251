import { defineDropdown } from '../lib/dropdown';

/** Tags are sent to GHL by name, so the dropdown's value is the name (`dropdown_tags.name.name`). */
export default defineDropdown({
  key: 'dropdown_tags',
  noun: 'Tag',
  endpoint: { method: 'GET', path: '/locations/{locationId}/tags' },
  scopes: ['locations/tags.readonly'],
  location: 'path',
  listKey: 'tags',
  label: (t) => t.name,
});
